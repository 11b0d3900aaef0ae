import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderAppOver } from '../../testing/render-app';
import { createTestCore } from '../../testing/render-core';
import { stubObjectUrls } from './testing/export-fakes';

beforeEach(stubObjectUrls);
afterEach(() => vi.unstubAllGlobals());

async function openEmail() {
  const bridge = await createTestCore({ meeting: {} });
  const { id } = await bridge.meetingWhen(() => true);
  await bridge.invoke('meeting:end', { meetingId: id });
  const app = await renderAppOver(bridge);
  act(() => app.store.getState().openDialog({ kind: 'export', meetingId: id }));
  const dialog = screen.getByRole('dialog', { name: 'Save the minutes' });
  const section = within(dialog).getByRole('region', { name: 'Mailing-list e-mail' });
  return { ...app, id, dialog, section };
}

describe('the mailing-list e-mail draft', () => {
  it('needs someone to send it to', async () => {
    const { bridge, user, section } = await openEmail();
    await user.click(within(section).getByRole('button', { name: 'Make e-mail draft' }));
    const to = within(section).getByRole('textbox', { name: 'To' });
    expect(to).toBeInvalid();
    expect(to).toHaveAccessibleDescription('Say whom to send it to.');
    expect(to).toHaveFocus();
    expect(bridge.callsTo('export:email')).toEqual([]);
  });

  it('offers the draft as an .eml file and a mail-app link', async () => {
    const { bridge, id, user, section } = await openEmail();
    await user.type(within(section).getByRole('textbox', { name: 'To' }), 'devel@lists.example');
    await user.type(within(section).getByRole('textbox', { name: 'Subject' }), 'Weekly minutes');
    await user.click(within(section).getByRole('button', { name: 'Make e-mail draft' }));
    expect(bridge.callsTo('export:email')).toEqual([
      { meetingId: id, to: 'devel@lists.example', subject: 'Weekly minutes' },
    ]);
    const eml = await within(section).findByRole('link', { name: 'Download .eml' });
    expect(eml).toHaveAttribute('download', 'weekly-minutes.eml');
    expect(eml.getAttribute('href')).toMatch(/^blob:test\//);
    expect(within(section).getByRole('link', { name: 'Open in mail app' })).toHaveAttribute(
      'href',
      expect.stringMatching(
        /^mailto:devel@lists\.example\?subject=Weekly%20minutes&body=.*Meeting%20summary/,
      ),
    );
    expect(within(section).queryByText(/was cut/)).toBeNull();
  });

  it('says when the link’s body was cut, and shows a refused address with the input kept', async () => {
    const { bridge, id, user, section } = await openEmail();
    bridge.handle('export:email', async ({ to }) =>
      to.includes('@')
        ? {
            ok: true,
            value: { eml: 'x', mailto: 'mailto:a@b.example?body=x', truncated: true, subject: 'S' },
          }
        : {
            ok: false,
            error: { code: 'bad-address', message: `"${to}" is not an e-mail address.` },
          },
    );
    const to = within(section).getByRole('textbox', { name: 'To' });
    await user.type(to, 'nobody');
    await user.click(within(section).getByRole('button', { name: 'Make e-mail draft' }));
    expect(within(section).getByRole('alert')).toHaveTextContent(
      '"nobody" is not an e-mail address.',
    );
    expect(to).toHaveValue('nobody');
    expect(bridge.callsTo('export:email')).toEqual([{ meetingId: id, to: 'nobody' }]);
    await user.type(to, '@lists.example');
    await user.click(within(section).getByRole('button', { name: 'Make e-mail draft' }));
    expect(within(section).queryByRole('alert')).toBeNull();
    expect(
      within(section).getByText(/its body was cut; the \.eml file has them all/),
    ).toBeVisible();
  });
});

import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../testing/render-app';
import { JOINED, meetingView } from '../../testing/meeting-fixtures';

// jsdom has no object URLs; the window only needs one per file.
beforeEach(() => {
  let n = 0;
  vi.stubGlobal(
    'URL',
    Object.assign(URL, {
      createObjectURL: vi.fn(() => `blob:test/${++n}`),
      revokeObjectURL: vi.fn(),
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

describe('saving the minutes', () => {
  it('offers the rendered files for download where the window cannot pick a folder', async () => {
    const { bridge, user } = await renderApp({
      status: JOINED,
      meeting: meetingView({ status: 'ended', endedAt: Date.now() }),
    });
    bridge.handle('export:render', async ({ formats }) => ({
      ok: true,
      value: {
        files: formats.map((format) => ({
          format,
          path: `#meet/2024/meet.2024-05-01-13.00.${format}`,
          mime: 'text/plain',
          text: 'minutes',
        })),
      },
    }));
    await user.keyboard('{Alt>}s{/Alt}');
    const dialog = screen.getByRole('dialog', { name: 'Save the minutes' });
    await user.click(within(dialog).getByLabelText('JSON (gavel.minutes/1)'));
    await user.click(within(dialog).getByLabelText('Markdown page'));
    await user.keyboard('{Enter}');
    expect(bridge.callsTo('export:save')).toEqual([
      { meetingId: 'm1', formats: ['txt', 'html', 'log.txt', 'log.html', 'md'] },
    ]);
    const links = within(within(dialog).getByRole('list', { name: 'Minutes files' })).getAllByRole(
      'link',
    );
    expect(links.map((a) => a.getAttribute('download'))).toEqual([
      'meet.2024-05-01-13.00.txt',
      'meet.2024-05-01-13.00.html',
      'meet.2024-05-01-13.00.log.txt',
      'meet.2024-05-01-13.00.log.html',
      'meet.2024-05-01-13.00.md',
    ]);
    expect(links[0]).toHaveAttribute('href', 'blob:test/1');
  });

  it('says where the files went when a folder was picked, and why not when it was not', async () => {
    const { bridge, user } = await renderApp({ status: JOINED, meeting: meetingView() });
    bridge.handle('export:save', async () => ({
      ok: true,
      value: { folder: '/home/chair/minutes', written: ['a', 'b'] },
    }));
    await user.click(screen.getByRole('button', { name: 'Save minutes…' }));
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveAccessibleDescription(/minutes so far/);
    await user.keyboard('{Enter}');
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      'Saved 2 files in /home/chair/minutes.',
    );
    bridge.handle('export:save', async () => ({
      ok: false,
      error: { code: 'cancelled', message: 'No folder was chosen, so nothing was saved.' },
    }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('No folder was chosen');
  });

  it('needs a meeting', async () => {
    const { user } = await renderApp({ status: JOINED });
    expect(screen.getByRole('button', { name: 'Save minutes…' })).toBeDisabled();
    await user.keyboard('{Alt>}s{/Alt}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('There are no minutes yet');
  });
});

import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Recording } from '../../testing/recording-bridge';
import { renderApp } from '../../testing/render-app';
import { JOINED, meetingView } from '../../testing/meeting-fixtures';
import { renderLikeCore, stubObjectUrls } from './testing/export-fakes';

beforeEach(stubObjectUrls);
afterEach(() => vi.unstubAllGlobals());

/** The window with an ended meeting `old` of the library open in the export dialog. */
async function openExport(text?: (format: string) => string) {
  const app = await renderApp({ status: JOINED, meeting: meetingView() });
  app.bridge.handle('history:open', async () => ({
    ok: true,
    value: {
      view: meetingView({ id: 'old', status: 'ended', endedAt: Date.now() }),
      readOnly: true,
      source: 'imported',
      format: 'irssi',
      marks: [],
      lineCount: 3,
      lastSeq: 3,
      agenda: [],
    },
  }));
  renderLikeCore(app.bridge, text);
  act(() => app.store.getState().openDialog({ kind: 'export', meetingId: 'old' }));
  const dialog = screen.getByRole('dialog', { name: 'Save the minutes' });
  await within(dialog).findByRole('list', { name: 'File names' });
  return { ...app, dialog };
}

const lastRender = (bridge: Recording) => bridge.callsTo('export:render').at(-1)!;

describe('the export dialog', () => {
  it('renders a live meeting again as it goes on', async () => {
    const app = await renderApp({ status: JOINED, meeting: meetingView({ id: 'm1' }) });
    renderLikeCore(app.bridge);
    act(() => app.store.getState().openDialog({ kind: 'export', meetingId: 'm1' }));
    const dialog = screen.getByRole('dialog', { name: 'Save the minutes' });
    await within(dialog).findByRole('list', { name: 'File names' });
    const before = app.bridge.callsTo('export:render').length;
    act(() => app.store.getState().setMeeting(meetingView({ id: 'm1', title: 'more said' })));
    await waitFor(
      () => expect(app.bridge.callsTo('export:render').length).toBeGreaterThan(before),
      { timeout: 4000 },
    );
  });

  it('shows the file names and a preview of the meeting asked for', async () => {
    const { bridge, dialog } = await openExport();
    expect(dialog).not.toHaveAccessibleDescription();
    expect(bridge.callsTo('history:open')).toEqual([{ meetingId: 'old' }]);
    expect(lastRender(bridge)).toEqual({
      meetingId: 'old',
      formats: ['txt', 'html', 'log.txt', 'log.html', 'json'],
      preset: 'meetbot',
    });
    const names = within(dialog).getByRole('list', { name: 'File names' });
    expect(
      within(names)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '#meet/2024/meet.2024-05-01-13.00.txt',
      '#meet/2024/meet.2024-05-01-13.00.html',
      '#meet/2024/meet.2024-05-01-13.00.log.txt',
      '#meet/2024/meet.2024-05-01-13.00.log.html',
      '#meet/2024/meet.2024-05-01-13.00.json',
    ]);
    const preview = within(dialog).getByRole('region', { name: 'Preview' });
    expect(preview.querySelector('pre')).toHaveTextContent('txt minutes');
  });

  it('names files by the preset picked, or the pattern typed, and shows a refusal', async () => {
    const { bridge, user, dialog } = await openExport();
    const pattern = within(dialog).getByRole('textbox', { name: 'File name pattern' });
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Naming preset' }),
      'Fedora (zodbot)',
    );
    expect(pattern).toHaveValue('%(channel)s/%%Y-%%m-%%d/%(meetingname)s.%%Y-%%m-%%d-%%H.%%M');
    await waitFor(() => expect(lastRender(bridge).preset).toBe('fedora'));
    expect(lastRender(bridge).pattern).toBeUndefined();

    await user.clear(pattern);
    expect(within(dialog).getByText('The file name pattern is empty.')).toBeVisible();
    expect(pattern).toBeInvalid();
    bridge.handle('export:render', async ({ pattern: typed }) => ({
      ok: false,
      error: {
        code: 'bad-pattern',
        message: `The file name pattern gives "${typed}.txt", which is not a path inside the folder the minutes go to.`,
      },
    }));
    await user.type(pattern, '../out');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The file name pattern gives "../out.txt", which is not a path inside the folder',
    );
    expect(within(dialog).queryByRole('list', { name: 'File names' })).toBeNull();
    // The preview stays as it was while the chair fixes the pattern.
    expect(within(dialog).getByRole('region', { name: 'Preview' })).toHaveTextContent(
      'txt minutes',
    );
    expect(pattern).toHaveValue('../out');
    expect(lastRender(bridge)).toMatchObject({ preset: 'fedora', pattern: '../out' });

    renderLikeCore(bridge);
    await user.clear(pattern);
    await user.type(pattern, 'minutes/%(channel)s');
    const names = await within(dialog).findByRole('list', { name: 'File names' });
    expect(names).toHaveTextContent('minutes/meet.2024-05-01-13.00.txt');
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });

  it('renders charts when asked', async () => {
    const { bridge, user, dialog } = await openExport();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Include charts' }));
    await waitFor(() => expect(lastRender(bridge).charts).toBe(true));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(bridge.callsTo('export:save')[0]).toMatchObject({ meetingId: 'old', charts: true });
  });

  it('keeps every choice when saving fails', async () => {
    const { bridge, user, dialog } = await openExport();
    bridge.handle('export:save', async () => ({
      ok: false,
      error: { code: 'write-failed', message: 'The minutes could not be saved in /x: EACCES' },
    }));
    await user.click(within(dialog).getByLabelText('MoinMoin page'));
    await user.click(within(dialog).getByLabelText('Full log, text (.log.txt)'));
    const pattern = within(dialog).getByRole('textbox', { name: 'File name pattern' });
    await user.clear(pattern);
    await user.type(pattern, 'm/%(channel)s');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('could not be saved in /x');
    expect(within(dialog).getByLabelText('MoinMoin page')).toBeChecked();
    expect(within(dialog).getByLabelText('Full log, text (.log.txt)')).not.toBeChecked();
    expect(pattern).toHaveValue('m/%(channel)s');
    expect(bridge.callsTo('export:save')).toEqual([
      {
        meetingId: 'old',
        formats: ['txt', 'html', 'log.html', 'moin', 'json'],
        preset: 'meetbot',
        pattern: 'm/%(channel)s',
      },
    ]);
  });

  it('asks for a format before saving', async () => {
    const { bridge, user, dialog } = await openExport();
    const formats = within(dialog).getByRole('group', { name: 'Formats' });
    for (const box of within(formats).getAllByRole('checkbox', { checked: true }))
      await user.click(box);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Tick at least one format.');
    expect(bridge.callsTo('export:save')).toEqual([]);
  });

  it('says when the meeting is still going', async () => {
    const { store } = await renderApp({ status: JOINED, meeting: meetingView() });
    act(() => store.getState().openDialog({ kind: 'export', meetingId: 'm1' }));
    expect(screen.getByRole('dialog')).toHaveAccessibleDescription(
      'The meeting is still going: these are the minutes so far.',
    );
  });
});

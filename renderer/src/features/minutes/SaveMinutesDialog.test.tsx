import { screen, within } from '@testing-library/react';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderAppOver } from '../../testing/render-app';
import { createTestCore, renderCore } from '../../testing/render-core';
import { stubObjectUrls } from '../export/testing/export-fakes';

/** A blob's bytes (jsdom's Blob has no `arrayBuffer`). */
const bytesOf = (blob: Blob) =>
  new Promise<ArrayBuffer>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.readAsArrayBuffer(blob);
  });

/** When the meeting starts: 2024-05-01 13:00 UTC, which MeetBot's file names carry. */
const START = Date.UTC(2024, 4, 1, 13, 0, 0);

let clicked: string[] = [];
beforeEach(() => {
  stubObjectUrls();
  clicked = [];
  // jsdom cannot download: note what the window asked the browser to download instead.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    clicked.push(this.download);
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('saving the minutes', () => {
  it('downloads every chosen file at once as one .zip where the window cannot pick a folder', async () => {
    const bridge = await createTestCore({ startAt: START, meeting: {} });
    const { id } = await bridge.meetingWhen(() => true);
    await bridge.invoke('meeting:end', { meetingId: id });
    const { user } = await renderAppOver(bridge);
    await user.keyboard('{Alt>}s{/Alt}');
    const dialog = screen.getByRole('dialog', { name: 'Save the minutes' });
    expect(dialog).not.toHaveAccessibleDescription();
    await user.click(within(dialog).getByLabelText('JSON (gavel.minutes/1)'));
    await user.click(within(dialog).getByLabelText('Markdown page'));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(bridge.callsTo('export:save')).toEqual([
      {
        meetingId: id,
        formats: ['txt', 'html', 'log.txt', 'log.html', 'md'],
        preset: 'meetbot',
      },
    ]);
    // One click downloads every file at once, as one .zip; the dialog says what it holds.
    const names = [
      'meet.2024-05-01-13.00.txt',
      'meet.2024-05-01-13.00.html',
      'meet.2024-05-01-13.00.log.txt',
      'meet.2024-05-01-13.00.log.html',
      'meet.2024-05-01-13.00.md',
    ];
    expect(await within(dialog).findByText(/^Downloaded /)).toHaveTextContent(
      `Downloaded meet.2024-05-01-13.00.zip with 5 files: ${names.join(', ')}.`,
    );
    expect(clicked).toEqual(['meet.2024-05-01-13.00.zip']);
    // Downloads have no folder to show.
    expect(within(dialog).queryByRole('button', { name: 'Show in folder' })).toBeNull();
    const blob = vi.mocked(URL.createObjectURL).mock.calls[0]![0] as Blob;
    const zip = unzipSync(new Uint8Array(await bytesOf(blob)));
    expect(Object.keys(zip).map((path) => path.slice(path.lastIndexOf('/') + 1))).toEqual(names);
    expect(strFromU8(zip[Object.keys(zip)[4]!]!)).toContain('weekly');
    const links = within(within(dialog).getByRole('list', { name: 'Minutes files' })).getAllByRole(
      'link',
    );
    expect(links.map((a) => a.getAttribute('download'))).toEqual(['meet.2024-05-01-13.00.zip']);
    expect(links[0]!.getAttribute('href')).toMatch(/^blob:test\//);
  });

  it('saves with Enter as soon as it opens, the usual formats ticked', async () => {
    const { bridge, user } = await renderCore({ meeting: {} });
    await user.keyboard('{Alt>}s{/Alt}');
    const dialog = screen.getByRole('dialog', { name: 'Save the minutes' });
    expect(dialog).toHaveAccessibleDescription(/minutes so far/);
    expect(within(dialog).getByRole('button', { name: 'Save' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(bridge.callsTo('export:save')[0]!.formats).toEqual([
      'txt',
      'html',
      'log.txt',
      'log.html',
      'json',
    ]);
    expect(await within(dialog).findByRole('list', { name: 'Minutes files' })).toBeVisible();
  });

  it('says where the files went, nothing when no folder was picked, and why on a failure', async () => {
    const { bridge, user } = await renderCore({ meeting: {} });
    bridge.handle('export:save', async () => ({
      ok: true,
      value: { folder: '/home/chair/minutes', written: ['a', 'b'] },
    }));
    await user.click(screen.getByRole('button', { name: 'Save minutes…' }));
    const dialog = screen.getByRole('dialog');
    const save = within(dialog).getByRole('button', { name: 'Save' });
    await user.click(save);
    expect(within(dialog).getByText(/^Saved 2 files/)).toHaveAttribute('role', 'status');
    expect(within(dialog).getByText(/^Saved 2 files/)).toHaveTextContent(
      'Saved 2 files to /home/chair/minutes. — Show in folder',
    );
    // The folder opens in the file manager through export:showFolder; a refusal is said.
    await user.click(within(dialog).getByRole('button', { name: 'Show in folder' }));
    expect(bridge.callsTo('export:showFolder')).toEqual([{ folder: '/home/chair/minutes' }]);
    expect(within(dialog).getByRole('alert')).toHaveTextContent('no file manager');
    bridge.handle('export:save', async () => ({
      ok: false,
      error: { code: 'cancelled', message: 'No folder was chosen, so nothing was saved.' },
    }));
    await user.click(save);
    expect(within(dialog).queryByText(/Saved 2 files/)).toBeNull();
    expect(within(dialog).queryByRole('alert')).toBeNull();
    bridge.handle('export:save', async () => ({
      ok: false,
      error: { code: 'write-failed', message: 'The minutes could not be saved in /ro: EROFS' },
    }));
    await user.click(save);
    expect(within(dialog).getByRole('alert')).toHaveTextContent('could not be saved in /ro');
  });

  it('needs a meeting', async () => {
    const { user } = await renderCore();
    expect(screen.getByRole('button', { name: 'Save minutes…' })).toBeDisabled();
    await user.keyboard('{Alt>}s{/Alt}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('There are no minutes yet');
  });
});

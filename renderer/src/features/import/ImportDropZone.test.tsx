import { createEvent, fireEvent, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCore } from '../../testing/render-core';
import { polyfillBlobArrayBuffer } from './test-blob';
import { chooseFromMenu } from '../../testing/header-menu';

beforeAll(polyfillBlobArrayBuffer);

// The header's button, found by its text: a role query over the whole window is slow in jsdom.

const LOG = '[2024-05-01T14:00:10.402Z] <@wfischer> #startmeeting ops\n';

/** What a drag of these files (or of text, with no files) carries. */
const carrying = (files: File[]) => ({
  dataTransfer: { types: files.length ? ['Files'] : ['text/plain'], files, dropEffect: 'none' },
});

/** Drops `files` on the window and says whether the browser's own handling was prevented. */
function drop(files: File[]): boolean {
  const event = createEvent.drop(document.body, carrying(files));
  fireEvent(document.body, event);
  return event.defaultPrevented;
}

describe('ImportDropZone', () => {
  it('shows "Drop a log to import it" while files are dragged over the window', async () => {
    await renderCore({ join: false });
    fireEvent.dragEnter(document.body, carrying([new File([LOG], 'a.log')]));
    fireEvent.dragEnter(
      screen.getByRole('heading', { name: 'Gavel' }),
      carrying([new File([LOG], 'a.log')]),
    );
    expect(screen.getByRole('status')).toHaveTextContent('Drop a log to import it');
    fireEvent.dragLeave(
      screen.getByRole('heading', { name: 'Gavel' }),
      carrying([new File([LOG], 'a.log')]),
    );
    expect(screen.getByRole('status')).toHaveTextContent('Drop a log to import it');
    fireEvent.dragLeave(document.body, carrying([new File([LOG], 'a.log')]));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('opens the import dialog with a dropped log, and imports it', async () => {
    const { bridge, user } = await renderCore({ join: false });
    const file = new File([LOG], 'ops.log');
    fireEvent.dragEnter(document.body, carrying([file]));
    expect(drop([file])).toBe(true);
    expect(screen.queryByText('Drop a log to import it')).not.toBeInTheDocument();
    const dialog = screen.getByRole('dialog', { name: 'Import a log' });
    expect(within(dialog).getByText(/Chosen: ops\.log/)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Import' })).toHaveFocus();
    await user.type(within(dialog).getByLabelText('Channel'), '#ops');
    await user.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(await within(dialog).findByRole('status')).toHaveTextContent(
      /^Imported 1 line from ops\.log/,
    );
    expect(bridge.callsTo('import:begin')).toEqual([
      { name: 'ops.log', size: LOG.length, channel: '#ops' },
    ]);
  });

  it('imports the first of several files and says only one is imported at a time', async () => {
    await renderCore({ join: false });
    drop([new File([LOG], 'first.log'), new File([LOG], 'second.log')]);
    const dialog = screen.getByRole('dialog', { name: 'Import a log' });
    expect(within(dialog).getByText(/Chosen: first\.log/)).toBeInTheDocument();
    expect(
      screen.getByText('Only one log is imported at a time: importing first.log.'),
    ).toHaveAttribute('role', 'status');
  });

  it('takes a log dropped while the import dialog is open as the one to import', async () => {
    const { user } = await renderCore({ join: false });
    await chooseFromMenu(user, 'Import a log…');
    const dialog = within(screen.getByRole('dialog', { name: 'Import a log' }));
    await user.type(dialog.getByLabelText('Channel'), '#ops');
    drop([new File([LOG], 'late.log')]);
    expect(dialog.getByText(/Chosen: late\.log/)).toBeInTheDocument();
    expect(dialog.getByLabelText('Channel')).toHaveValue('#ops');
  });

  it('leaves drags without files alone, so text can be dragged into fields', async () => {
    await renderCore({ join: false });
    const enter = createEvent.dragEnter(document.body, carrying([]));
    fireEvent(document.body, enter);
    expect(enter.defaultPrevented).toBe(false);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(drop([])).toBe(false);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('does not replace another open dialog, and says why', async () => {
    const { store, user } = await renderCore({ join: false });
    await chooseFromMenu(user, 'Practice…');
    const before = store.getState().dialog;
    expect(drop([new File([LOG], 'a.log')])).toBe(true);
    expect(store.getState().dialog).toEqual(before);
    expect(
      screen.getByText('Close the open dialog first, then drop the log again.'),
    ).toBeInTheDocument();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_CHUNK_BYTES } from '../../../../shared/ipc/after-meeting-schemas';
import { fail, ok } from '../../../../shared/ipc/result';
import type { Recording } from '../../testing/recording-bridge';
import { renderCore } from '../../testing/render-core';
import { polyfillBlobArrayBuffer } from './test-blob';
import { chooseFromMenu } from '../../testing/header-menu';
import { PARTS_IN_FLIGHT } from './upload-chunks';

beforeAll(polyfillBlobArrayBuffer);

/** A log whose times carry their zone: it imports without questions. */
const LOUNGE = [
  '[2024-05-01T14:00:10.402Z] <@wfischer> #startmeeting matrix bridge ops',
  '[2024-05-01T14:00:15.011Z] <ocampo> hi',
  '[2024-05-01T14:01:05.221Z] <@wfischer> #topic bridge lag',
  '[2024-05-01T14:10:00.000Z] <@wfischer> #endmeeting',
].join('\n');

const dialog = () => screen.getByRole('dialog', { name: 'Import a log' });
const inDialog = () => within(dialog());

/** The window with the dialog opened from the header's menu ("Import a log…"). */
async function openDialog() {
  const app = await renderCore({ join: false });
  await chooseFromMenu(app.user, 'Import a log…');
  return app;
}

/** Everything the window uploaded, decoded and joined. */
const uploaded = (bridge: Recording) =>
  bridge
    .callsTo('import:chunk')
    .map((c) => new TextDecoder().decode(c.data))
    .join('');

/** Answers `import:begin` with `imp-1` and holds each part until the test releases it. */
function holdParts(bridge: Recording, chunkBytes: number) {
  const waiting: (() => void)[] = [];
  bridge.handle('import:begin', async () => ok({ importId: 'imp-1', chunkBytes }));
  bridge.handle(
    'import:chunk',
    () => new Promise((resolve) => waiting.push(() => resolve(ok({ received: 0 })))),
  );
  return { release: () => waiting.shift()?.() };
}

/**
 * The real core taking its calls in order, in parts of 100 bytes: each part's answer and the
 * reading wait until the test releases them all, and a cancel waits for the reading.
 */
function holdCoreInOrder(bridge: Recording) {
  const held: (() => void)[] = [];
  const hold = <T,>(answer: T) => new Promise<T>((resolve) => held.push(() => resolve(answer)));
  const begin = bridge.handlerOf('import:begin');
  const chunk = bridge.handlerOf('import:chunk');
  const finish = bridge.handlerOf('import:finish');
  const cancel = bridge.handlerOf('import:cancel');
  let read: Promise<unknown> = Promise.resolve();
  bridge.handle('import:begin', async (req) => {
    const begun = await begin(req);
    return begun.ok ? ok({ ...begun.value, chunkBytes: 100 }) : begun;
  });
  bridge.handle('import:chunk', async (req) => hold(await chunk(req)));
  bridge.handle('import:finish', (req) => {
    const answer = hold(null).then(() => finish(req));
    read = answer;
    return answer;
  });
  bridge.handle('import:cancel', async (req) => read.then(() => cancel(req)));
  return { releaseAll: () => held.splice(0).forEach((release) => release()) };
}

describe('ImportDialog', () => {
  it('uploads a picked log in order and says what it imported, then opens it', async () => {
    const { bridge, store, user } = await renderCore({ join: false });
    await chooseFromMenu(user, 'Import a log…');
    expect(inDialog().getByLabelText('Log file')).toHaveFocus();
    const file = new File([LOUNGE], 'bridge.log');
    await user.upload(inDialog().getByLabelText('Log file'), file);
    expect(inDialog().getByText('Chosen: bridge.log (217 bytes)')).toBeInTheDocument();
    await user.click(inDialog().getByRole('button', { name: 'Import' }));
    // The log names no channel, and none was given: Gavel asks.
    const details = within(await inDialog().findByRole('region', { name: 'A few details' }));
    expect(
      details.getByText('The log does not say which channel the meeting was held in.'),
    ).toBeInTheDocument();
    await user.type(details.getByLabelText('Channel'), '#bridge');
    await user.click(details.getByRole('button', { name: 'Import' }));

    const status = await inDialog().findByRole('status');
    expect(status).toHaveTextContent(
      'Imported 4 lines from bridge.log (The Lounge) as matrix bridge ops.',
    );
    // The answer to import:finish says the count and format: the meeting is not opened for them.
    expect(bridge.callsTo('history:open')).toEqual([]);
    expect(bridge.callsTo('import:begin')).toEqual([{ name: 'bridge.log', size: file.size }]);
    expect(bridge.callsTo('import:chunk').map((c) => c.index)).toEqual([0]);
    expect(uploaded(bridge)).toBe(LOUNGE);
    const importId = bridge.callsTo('import:chunk')[0]!.importId;
    expect(bridge.callsTo('import:finish')).toEqual([
      { importId },
      { importId, channel: '#bridge' },
    ]);

    expect(inDialog().getByRole('button', { name: 'Open' })).toHaveFocus();
    await user.click(inDialog().getByRole('button', { name: 'Open' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const { reading, view } = store.getState();
    expect(view).toBe('history');
    const listed = await bridge.invoke('history:list', { channel: '#bridge' });
    expect(listed.ok && listed.value.map((entry) => entry.id)).toEqual([reading?.meetingId]);
  });

  it('sends a log larger than one part as parts 0, 1, 2 of at most 2 MiB', async () => {
    const { bridge, user } = await openDialog();
    const line = '[2024-05-01T14:00:15.011Z] <ocampo> something worth keeping in the minutes\n';
    const text = line.repeat(Math.ceil((2.2 * IMPORT_CHUNK_BYTES) / line.length));
    await user.upload(inDialog().getByLabelText('Log file'), new File([text], 'big.log'));
    await user.type(inDialog().getByLabelText('Channel'), '#big');
    await user.click(inDialog().getByRole('button', { name: 'Import' }));

    expect(await inDialog().findByRole('status', {}, { timeout: 5000 })).toHaveTextContent(
      /^Imported [\d,]+ lines from big\.log/,
    );
    const parts = bridge.callsTo('import:chunk');
    expect(parts.map((p) => p.index)).toEqual([0, 1, 2]);
    expect(parts.map((p) => p.data.length)).toEqual([
      IMPORT_CHUNK_BYTES,
      IMPORT_CHUNK_BYTES,
      text.length - 2 * IMPORT_CHUNK_BYTES,
    ]);
    expect(uploaded(bridge) === text).toBe(true);
  }, 20_000);

  it('sends the format, channel and a picked zone, and leaves the default zone unsent', async () => {
    const { bridge, user } = await openDialog();
    await user.upload(inDialog().getByLabelText('Log file'), new File([LOUNGE], 'a.log'));
    await user.selectOptions(inDialog().getByLabelText('Format'), 'thelounge');
    await user.type(inDialog().getByLabelText('Channel'), '#kde');
    await user.click(inDialog().getByRole('button', { name: 'Import' }));
    await inDialog().findByRole('status');
    expect(bridge.callsTo('import:begin')[0]).toEqual({
      name: 'a.log',
      size: LOUNGE.length,
      format: 'thelounge',
      channel: '#kde',
    });
    expect(inDialog().getByRole('status')).toHaveTextContent('(The Lounge) as matrix bridge ops.');

    await user.click(inDialog().getByRole('button', { name: 'Import another' }));
    expect(inDialog().getByLabelText('Channel')).toHaveValue('');
    await user.upload(inDialog().getByLabelText('Log file'), new File([LOUNGE], 'b.log'));
    await user.type(inDialog().getByLabelText('Channel'), '#kde');
    await user.selectOptions(inDialog().getByLabelText('Time zone'), 'Asia/Tokyo');
    await user.click(inDialog().getByRole('button', { name: 'Import' }));
    await inDialog().findByRole('status');
    expect(bridge.callsTo('import:begin')[1]).toEqual({
      name: 'b.log',
      size: LOUNGE.length,
      channel: '#kde',
      timeZone: 'Asia/Tokyo',
    });
  });

  it('refuses empty, too large and missing files, and a bad channel, before sending anything', async () => {
    const { bridge, user } = await openDialog();
    await user.click(inDialog().getByRole('button', { name: 'Import' }));
    expect(inDialog().getByRole('alert')).toHaveTextContent('Pick a log file to import.');

    await user.upload(inDialog().getByLabelText('Log file'), new File([], 'empty.log'));
    await user.click(inDialog().getByRole('button', { name: 'Import' }));
    expect(inDialog().getByRole('alert')).toHaveTextContent('empty.log is empty.');

    const huge = new File(['x'], 'huge.log');
    Object.defineProperty(huge, 'size', { value: 65 * 1024 * 1024 });
    await user.upload(inDialog().getByLabelText('Log file'), huge);
    await user.click(inDialog().getByRole('button', { name: 'Import' }));
    expect(inDialog().getByRole('alert')).toHaveTextContent(
      'huge.log is too large to import (65.0 MiB); Gavel imports logs of up to 64 MiB.',
    );

    await user.upload(inDialog().getByLabelText('Log file'), new File([LOUNGE], 'ok.log'));
    await user.type(inDialog().getByLabelText('Channel'), 'kde');
    await user.click(inDialog().getByRole('button', { name: 'Import' }));
    expect(inDialog().getByRole('alert')).toHaveTextContent('A channel name starts with #');
    expect(bridge.callsTo('import:begin')).toEqual([]);
  });

  it('shows the progress, and cancels mid-way keeping the form for another try', async () => {
    const { bridge, user } = await openDialog();
    const parts = holdParts(bridge, 10);
    await user.upload(inDialog().getByLabelText('Log file'), new File(['x'.repeat(60)], 'a.log'));
    await user.type(inDialog().getByLabelText('Channel'), '#kde');
    await user.click(inDialog().getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(bridge.callsTo('import:chunk')).toHaveLength(PARTS_IN_FLIGHT));

    bridge.emit('import:progress', { importId: 'imp-1', received: 10, size: 60, phase: 'upload' });
    bridge.emit('import:progress', { importId: 'other', received: 30, size: 30, phase: 'upload' });
    const bar = await inDialog().findByRole('progressbar', { name: 'Import progress' });
    await waitFor(() => expect(bar).toHaveAttribute('value', '10'));
    expect(inDialog().getByText('Uploading 10 of 60 bytes')).toBeInTheDocument();
    expect(inDialog().getByRole('button', { name: 'Cancel' })).toHaveFocus();

    await user.click(inDialog().getByRole('button', { name: 'Cancel' }));
    expect(bridge.callsTo('import:cancel')).toEqual([{ importId: 'imp-1' }]);
    parts.release();
    expect(await inDialog().findByRole('status')).toHaveTextContent('Import cancelled.');
    expect(inDialog().queryByRole('progressbar')).not.toBeInTheDocument();
    expect(bridge.callsTo('import:chunk')).toHaveLength(PARTS_IN_FLIGHT);
    expect(bridge.callsTo('import:finish')).toEqual([]);
    expect(inDialog().getByLabelText('Channel')).toHaveValue('#kde');

    await user.click(inDialog().getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(bridge.callsTo('import:begin')).toHaveLength(2));
  });

  it('asks for the reading right behind the last part, and shows a refused part’s reason', async () => {
    const { bridge, user } = await openDialog();
    const parts = holdParts(bridge, 10);
    bridge.handle('import:finish', async () =>
      fail('import-closed', 'That import was stopped: the file cannot be imported.'),
    );
    await user.upload(inDialog().getByLabelText('Log file'), new File(['x'.repeat(30)], 'a.log'));
    await user.type(inDialog().getByLabelText('Channel'), '#kde');
    await user.click(inDialog().getByRole('button', { name: 'Import' }));
    // Three parts on their way, none answered: the reading is already asked for.
    await waitFor(() => expect(bridge.callsTo('import:finish')).toEqual([{ importId: 'imp-1' }]));
    expect(bridge.callsTo('import:chunk').map((c) => c.index)).toEqual([0, 1, 2]);
    parts.release();
    parts.release();
    expect(inDialog().getByRole('progressbar', { name: 'Import progress' })).toBeInTheDocument();
  });

  it('shows a refused part’s reason, not that of the reading asked for behind it', async () => {
    const { bridge, user } = await openDialog();
    bridge.handle('import:begin', async () => ok({ importId: 'imp-1', chunkBytes: 10 }));
    bridge.handle('import:chunk', async ({ index }) =>
      index === 2 ? fail('binary', 'a.log is not a text file.') : ok({ received: 10 }),
    );
    bridge.handle('import:finish', async () =>
      fail('import-closed', 'That import was stopped: the file cannot be imported.'),
    );
    await user.upload(inDialog().getByLabelText('Log file'), new File(['x'.repeat(30)], 'a.log'));
    await user.type(inDialog().getByLabelText('Channel'), '#kde');
    await user.click(inDialog().getByRole('button', { name: 'Import' }));
    expect(await inDialog().findByRole('alert')).toHaveTextContent('a.log is not a text file.');
    expect(bridge.callsTo('import:finish')).toHaveLength(1);
    expect(inDialog().queryByText(/That import was stopped/)).not.toBeInTheDocument();
  });

  it('once the whole log is sent, says Cancel is too late and shows the meeting imported', async () => {
    const { bridge, user } = await openDialog();
    const held = holdCoreInOrder(bridge);
    await user.upload(inDialog().getByLabelText('Log file'), new File([LOUNGE], 'a.log'));
    await user.type(inDialog().getByLabelText('Channel'), '#bridge');
    await user.click(inDialog().getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(bridge.callsTo('import:finish')).toHaveLength(1));
    expect(bridge.callsTo('import:chunk')).toHaveLength(3);

    // Every part is on its way, and the reading asked for right behind them.
    expect(await inDialog().findByText('Reading the log…')).toBeInTheDocument();
    const button = inDialog().getByRole('button', { name: 'Cancel' });
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription('The import can no longer be cancelled.');
    await user.click(button);
    held.releaseAll();

    expect(await inDialog().findByRole('status')).toHaveTextContent(
      'Imported 4 lines from a.log (The Lounge) as matrix bridge ops.',
    );
    expect(inDialog().queryByText('Import cancelled.')).not.toBeInTheDocument();
    expect(inDialog().getByRole('button', { name: 'Open' })).toBeInTheDocument();
    expect(bridge.callsTo('import:cancel')).toEqual([]);
    const listed = await bridge.invoke('history:list', { channel: '#bridge' });
    expect(listed.ok && listed.value).toHaveLength(1);
  });

  it('stays open while the log is read: Escape waits for the reading, whose question Cancel drops', async () => {
    const { bridge, user } = await openDialog();
    const held = holdCoreInOrder(bridge);
    // The log names no channel: its reading will ask for one.
    await user.upload(inDialog().getByLabelText('Log file'), new File([LOUNGE], 'a.log'));
    await user.click(inDialog().getByRole('button', { name: 'Import' }));
    expect(await inDialog().findByText('Reading the log…')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(bridge.callsTo('import:cancel')).toEqual([]);
    held.releaseAll();
    const details = within(await inDialog().findByRole('region', { name: 'A few details' }));
    await user.click(details.getByRole('button', { name: 'Cancel' }));
    const importId = bridge.callsTo('import:finish')[0]!.importId;
    expect(bridge.callsTo('import:cancel')).toEqual([{ importId }]);
    // The upload is gone from the core, and nothing was stored.
    expect(await bridge.invoke('import:cancel', { importId })).toEqual(ok({ cancelled: false }));
    expect(await bridge.invoke('history:list', {})).toEqual(ok([]));
  });

  it('drops the upload when the dialog is closed mid-way', async () => {
    const { bridge, user } = await openDialog();
    const parts = holdParts(bridge, 10);
    await user.upload(inDialog().getByLabelText('Log file'), new File(['x'.repeat(60)], 'a.log'));
    await user.click(inDialog().getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(bridge.callsTo('import:chunk')).toHaveLength(PARTS_IN_FLIGHT));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(bridge.callsTo('import:cancel')).toEqual([{ importId: 'imp-1' }]);
    parts.release();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(bridge.callsTo('import:chunk')).toHaveLength(PARTS_IN_FLIGHT);
  });

  it('cancels an import whose start is still unanswered, once the answer comes', async () => {
    const { bridge, user } = await openDialog();
    let answer: () => void = () => {};
    bridge.handle(
      'import:begin',
      () =>
        new Promise(
          (resolve) => (answer = () => resolve(ok({ importId: 'imp-7', chunkBytes: 10 }))),
        ),
    );
    await user.upload(inDialog().getByLabelText('Log file'), new File([LOUNGE], 'a.log'));
    await user.click(inDialog().getByRole('button', { name: 'Import' }));
    expect(await inDialog().findByText('Starting the import…')).toBeInTheDocument();
    await user.click(inDialog().getByRole('button', { name: 'Cancel' }));
    expect(inDialog().getByRole('status')).toHaveTextContent('Import cancelled.');
    answer();
    await waitFor(() => expect(bridge.callsTo('import:cancel')).toEqual([{ importId: 'imp-7' }]));
    expect(bridge.callsTo('import:chunk')).toEqual([]);
  });

  it('says "Reading the log…" while the core reads it', async () => {
    const { bridge, user } = await openDialog();
    let answer: () => void = () => {};
    bridge.handle(
      'import:finish',
      () => new Promise((resolve) => (answer = () => resolve(fail('x', 'Nothing to read.')))),
    );
    await user.upload(inDialog().getByLabelText('Log file'), new File([LOUNGE], 'a.log'));
    await user.click(inDialog().getByRole('button', { name: 'Import' }));
    expect(await inDialog().findByText('Reading the log…')).toBeInTheDocument();
    expect(inDialog().getByRole('progressbar', { name: 'Import progress' })).not.toHaveAttribute(
      'value',
    );
    answer();
    expect(await inDialog().findByRole('alert')).toHaveTextContent('Nothing to read.');
  });

  it("shows the core's message when a part or the reading fails, keeping the options", async () => {
    const { bridge, user } = await openDialog();
    bridge.handle('import:finish', async () =>
      fail('unrecognised', 'a.log: Gavel does not recognise this log format.'),
    );
    await user.upload(inDialog().getByLabelText('Log file'), new File([LOUNGE], 'a.log'));
    await user.selectOptions(inDialog().getByLabelText('Format'), 'irssi');
    await user.click(inDialog().getByRole('button', { name: 'Import' }));
    expect(await inDialog().findByRole('alert')).toHaveTextContent(
      'a.log: Gavel does not recognise this log format.',
    );
    const importId = bridge.callsTo('import:finish')[0]!.importId;
    expect(bridge.callsTo('import:cancel')).toEqual([{ importId }]);
    expect(inDialog().getByLabelText('Format')).toHaveValue('irssi');
    expect(inDialog().getByRole('button', { name: 'Import' })).toHaveFocus();

    bridge.handle('import:chunk', async () =>
      fail('too-large', 'The upload is larger than it said.'),
    );
    await user.click(inDialog().getByRole('button', { name: 'Import' }));
    expect(await inDialog().findByText('The upload is larger than it said.')).toBeInTheDocument();
    expect(inDialog().queryByText(/does not recognise/)).not.toBeInTheDocument();
  });

  it('offers an agenda without a transcript as the channel’s agenda', async () => {
    const { bridge, store, user } = await openDialog();
    const outline = [
      '# Weekly call',
      '',
      '## Agenda',
      '',
      '- 10 min: release plan',
      '- CI (bob)',
      '    - move to the new runners (15 min)',
      '- Open floor',
      '',
    ].join('\n');
    await user.upload(inDialog().getByLabelText('Log file'), new File([outline], 'notes.txt'));
    await user.click(inDialog().getByRole('button', { name: 'Import' }));
    expect(await inDialog().findByRole('alert')).toHaveTextContent('agenda but no transcript');
    await user.click(inDialog().getByRole('button', { name: 'Use it as the agenda' }));
    const agenda = await screen.findByRole('dialog', { name: 'Import an agenda' });
    expect(within(agenda).getByLabelText('Outline or page text')).toHaveValue(outline);
    await waitFor(() => expect(bridge.callsTo('agenda:import')).toEqual([{ text: outline }]));
    expect(store.getState().view).toBe('meeting');
  });
});

import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type { ConnectionStatus } from '../../../shared/ipc/schemas';
import {
  createFakeBridge,
  IDLE_STATUS,
  transcriptLine,
  type FakeBridge,
  type FakeState,
} from '../testing/fake-bridge';
import type { HostLink, LinkStatus } from '../bridge/host-link';
import type { Schedule } from './batcher';
import { startSync, type SyncDeps } from './ipc-sync';
import { createAppStore } from './store';

const joined = (channel = '#meet', since = 1): ConnectionStatus => ({
  ...IDLE_STATUS,
  state: 'joined',
  server: 'irc.example.org',
  port: 6667,
  nick: 'chair',
  channel,
  since,
});

/** Batches flush only when the test says so. */
function manualFrames() {
  const runs: (() => void)[] = [];
  const schedule: Schedule = (run) => {
    runs.push(run);
    return () => runs.splice(runs.indexOf(run), 1);
  };
  return { schedule, flush: () => runs.splice(0).forEach((run) => run()) };
}

function setup(
  init: Partial<FakeState> = {},
  deps: Partial<SyncDeps> = {},
  prepare?: (bridge: FakeBridge) => void,
) {
  const bridge = createFakeBridge(init);
  prepare?.(bridge);
  const store = createAppStore();
  const frames = manualFrames();
  const sync = startSync({
    bridge,
    store,
    link: null,
    schedule: frames.schedule,
    retryDelayMs: 5,
    ...deps,
  });
  onTestFinished(() => sync.stop());
  const seqs = () => store.getState().lines.map((line) => line.seq);
  return { bridge, store, sync, frames, seqs };
}

describe('startSync', () => {
  it('on start asks for the status, the settings and the channel’s transcript', async () => {
    const lines = [transcriptLine(1), transcriptLine(2)];
    const { bridge, store, sync, seqs } = setup({ status: joined(), lines });
    await sync.ready;
    expect(bridge.callsTo('irc:getStatus')).toHaveLength(1);
    expect(bridge.callsTo('settings:get')).toHaveLength(1);
    expect(bridge.callsTo('transcript:since')).toEqual([{ channel: '#meet', afterSeq: 0 }]);
    expect(store.getState().status?.state).toBe('joined');
    expect(store.getState().settings?.theme).toBe('system');
    expect(store.getState().transcriptChannel).toBe('#meet');
    expect(seqs()).toEqual([1, 2]);
  });

  it('follows the last connection’s channel when not connected', async () => {
    const lastConnection = {
      server: 'irc.example.org',
      port: 6697,
      tls: true,
      nick: 'chair',
      channel: '#old',
    };
    const { bridge, sync } = setup({ settings: { lastConnection, theme: 'dark' } });
    await sync.ready;
    expect(bridge.callsTo('transcript:since')).toEqual([{ channel: '#old', afterSeq: 0 }]);
  });

  it('applies append batches by seq, ignoring duplicates, one store update per frame', async () => {
    const { bridge, store, sync, frames, seqs } = setup({
      status: joined(),
      lines: [transcriptLine(1)],
    });
    await sync.ready;
    const updates = vi.fn();
    store.subscribe((state, prev) => state.lines !== prev.lines && updates());
    bridge.emit('transcript:append', {
      channel: '#meet',
      fromSeq: 2,
      lines: [transcriptLine(2), transcriptLine(3)],
    });
    bridge.emit('transcript:append', {
      channel: '#meet',
      fromSeq: 3,
      lines: [transcriptLine(3), transcriptLine(4)],
    });
    bridge.emit('transcript:append', { channel: '#meet', fromSeq: 1, lines: [transcriptLine(1)] });
    expect(seqs()).toEqual([1]);
    frames.flush();
    expect(seqs()).toEqual([1, 2, 3, 4]);
    expect(updates).toHaveBeenCalledTimes(1);
  });

  it('ignores lines of another channel', async () => {
    const { bridge, sync, frames, seqs } = setup({ status: joined() });
    await sync.ready;
    bridge.emit('transcript:append', {
      channel: '#elsewhere',
      fromSeq: 1,
      lines: [transcriptLine(1, { channel: '#elsewhere' })],
    });
    frames.flush();
    expect(seqs()).toEqual([]);
  });

  it('re-syncs with transcript:since on a gap, and ends with every line once', async () => {
    const { bridge, sync, frames, seqs } = setup({ status: joined(), lines: [transcriptLine(1)] });
    await sync.ready;
    bridge.state.lines.push(transcriptLine(2), transcriptLine(3), transcriptLine(4));
    bridge.emit('transcript:append', { channel: '#meet', fromSeq: 4, lines: [transcriptLine(4)] });
    await vi.waitFor(() => expect(bridge.callsTo('transcript:since')).toHaveLength(2));
    expect(bridge.callsTo('transcript:since')[1]).toEqual({ channel: '#meet', afterSeq: 1 });
    await vi.waitFor(() => {
      frames.flush();
      expect(seqs()).toEqual([1, 2, 3, 4]);
    });
  });

  it('takes status events, but not a status older than the one held', async () => {
    const { bridge, store, sync } = setup();
    await sync.ready;
    bridge.emit('irc:status', { ...joined(), since: 10 });
    bridge.emit('irc:status', { ...IDLE_STATUS, state: 'connecting', since: 5 });
    expect(store.getState().status?.state).toBe('joined');
  });

  it('switches the transcript when the status names another channel', async () => {
    const lines = [transcriptLine(1), transcriptLine(1, { channel: '#other', text: 'elsewhere' })];
    const { bridge, store, sync } = setup({ status: joined('#meet', 1), lines });
    await sync.ready;
    bridge.emit('irc:status', joined('#other', 2));
    await vi.waitFor(() =>
      expect(store.getState().lines.map((l) => l.text)).toEqual(['elsewhere']),
    );
    expect(store.getState().transcriptChannel).toBe('#other');
  });

  it('keeps a failed start-up call as a sync error, cleared by a later refresh', async () => {
    const { bridge, store, sync } = setup({}, {}, (b) =>
      b.handle('irc:getStatus', async () => ({
        ok: false,
        error: { code: 'timeout', message: 'Gavel did not answer in time.' },
      })),
    );
    await sync.ready;
    expect(store.getState().syncError?.code).toBe('timeout');
    bridge.handle('irc:getStatus', async () => ({ ok: true, value: IDLE_STATUS }));
    await sync.refresh();
    expect(store.getState().syncError).toBeNull();
  });

  it('mirrors the link and asks again for everything when it comes back', async () => {
    let status: LinkStatus = { state: 'open', message: null };
    const watchers = new Set<(s: LinkStatus) => void>();
    const link: HostLink = {
      current: () => status,
      onChange: (w) => (watchers.add(w), () => watchers.delete(w)),
      retry: () => {},
    };
    const change = (next: LinkStatus) => {
      status = next;
      watchers.forEach((w) => w(next));
    };
    const { bridge, store, sync } = setup({ status: joined() }, { link });
    await sync.ready;
    change({ state: 'reconnecting', message: null });
    expect(store.getState().link.state).toBe('reconnecting');
    change({ state: 'open', message: null });
    await vi.waitFor(() => expect(bridge.callsTo('irc:getStatus')).toHaveLength(2));
    expect(store.getState().link.state).toBe('open');
  });

  it('stops listening when stopped', async () => {
    const { bridge, sync } = setup();
    await sync.ready;
    expect(bridge.listenerCount('transcript:append')).toBe(1);
    sync.stop();
    expect(bridge.listenerCount('transcript:append')).toBe(0);
    expect(bridge.listenerCount('irc:status')).toBe(0);
  });

  it('follows a practice replay’s channel while it runs, and the connection’s after it stops', async () => {
    const { bridge, store, sync } = setup({ status: joined('#meet') });
    await sync.ready;
    const practice = {
      channel: 'practice:#practice-1',
      meetingId: 'p1',
      speed: 5,
      status: 'running' as const,
      position: 0,
      total: 10,
    };
    bridge.emit('practice:state', practice);
    await vi.waitFor(() => expect(store.getState().transcriptChannel).toBe('practice:#practice-1'));
    expect(bridge.callsTo('meeting:get').at(-1)).toEqual({ channel: 'practice:#practice-1' });
    // The connection's status changing does not take the window away from the replay.
    bridge.emit('irc:status', joined('#meet', 2));
    expect(store.getState().transcriptChannel).toBe('practice:#practice-1');
    bridge.emit('practice:state', { ...practice, status: 'stopped' });
    await vi.waitFor(() => expect(store.getState().transcriptChannel).toBe('#meet'));
  });

  it('follows a replay started from the window before any event says so', async () => {
    const { store, sync } = setup({ status: joined('#meet') });
    await sync.ready;
    store.getState().setPractice({
      channel: 'practice:#practice-2',
      meetingId: 'p2',
      speed: 1,
      status: 'paused',
      position: 3,
      total: 10,
    });
    await vi.waitFor(() => expect(store.getState().transcriptChannel).toBe('practice:#practice-2'));
  });
});

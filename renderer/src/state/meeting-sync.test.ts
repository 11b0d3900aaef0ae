import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { createFakeBridge, type FakeState } from '../testing/fake-bridge';
import {
  agendaNode,
  agendaOf,
  agendasWith,
  JOINED,
  meetingView,
} from '../testing/meeting-fixtures';
import { startSync } from './ipc-sync';
import { createAppStore } from './store';

function setup(init: Partial<FakeState> = {}) {
  const bridge = createFakeBridge(init);
  const store = createAppStore();
  const sync = startSync({ bridge, store, link: null, retryDelayMs: 5 });
  onTestFinished(() => sync.stop());
  return { bridge, store, sync };
}

describe('the meeting part of the sync', () => {
  it('reads the followed channel’s meeting and agenda on start', async () => {
    const agenda = agendaOf([agendaNode('a', 'Intro')]);
    const { bridge, store, sync } = setup({
      status: JOINED,
      meeting: meetingView(),
      agendas: agendasWith(agenda),
    });
    await sync.ready;
    expect(bridge.callsTo('meeting:get')).toEqual([{ channel: '#meet' }]);
    expect(bridge.callsTo('agenda:get')).toEqual([{ channel: '#meet' }]);
    expect(store.getState().meeting?.id).toBe('m1');
    expect(store.getState().agenda?.items.map((i) => i.title)).toEqual(['Intro']);
  });

  it('applies meeting:state and agenda:state of the followed channel only (any case)', async () => {
    const { bridge, store, sync } = setup({ status: JOINED });
    await sync.ready;
    bridge.emit('meeting:state', meetingView({ channel: '#other', id: 'x' }));
    bridge.emit('agenda:state', agendaOf([agendaNode('z', 'Elsewhere')], { channel: '#other' }));
    expect(store.getState().meeting).toBeNull();
    expect(store.getState().agenda?.items).toEqual([]);
    bridge.emit('meeting:state', meetingView({ channel: '#MEET', id: 'm2' }));
    bridge.emit('agenda:state', agendaOf([agendaNode('a', 'Mine')]));
    expect(store.getState().meeting?.id).toBe('m2');
    expect(store.getState().agenda?.items[0]?.title).toBe('Mine');
  });

  it('takes #a[b] and #A{B} for one channel, as the core does', async () => {
    const { bridge, store, sync } = setup({ status: { ...JOINED, channel: '#a[b]' } });
    await sync.ready;
    bridge.emit('meeting:state', meetingView({ channel: '#A{B}', id: 'same' }));
    expect(store.getState().meeting?.id).toBe('same');
    bridge.emit('meeting:state', meetingView({ channel: '#a(b)', id: 'other' }));
    expect(store.getState().meeting?.id).toBe('same');
  });

  it('forgets the meeting on a channel switch and reads the new channel’s', async () => {
    const { bridge, store, sync } = setup({ status: JOINED, meeting: meetingView() });
    await sync.ready;
    bridge.state.meeting = null;
    bridge.emit('irc:status', { ...JOINED, channel: '#next', since: 2 });
    await vi.waitFor(() =>
      expect(bridge.callsTo('meeting:get').at(-1)).toEqual({ channel: '#next' }),
    );
    expect(store.getState().meeting).toBeNull();
  });

  it('reports a failed read and tries again until it succeeds', async () => {
    let failures = 2;
    const bridge = createFakeBridge({ status: JOINED, meeting: meetingView() });
    bridge.handle('meeting:get', async () =>
      failures-- > 0
        ? { ok: false, error: { code: 'timeout', message: 'Gavel did not answer in time.' } }
        : { ok: true, value: bridge.state.meeting },
    );
    const store = createAppStore();
    const sync = startSync({ bridge, store, link: null, retryDelayMs: 5 });
    onTestFinished(() => sync.stop());
    await sync.ready;
    expect(store.getState().syncError?.code).toBe('timeout');
    await vi.waitFor(() => expect(store.getState().meeting?.id).toBe('m1'));
    expect(bridge.callsTo('meeting:get').length).toBeGreaterThanOrEqual(3);
  });
});

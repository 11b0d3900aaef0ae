import { describe, expect, it, vi } from 'vitest';
import { createFakeBridge, IDLE_STATUS } from '../testing/fake-bridge';
import type { HostLink } from '../bridge/host-link';
import { createActions } from './actions';
import { createAppStore } from './store';

const request = {
  server: 'irc.example.org',
  port: 6667,
  tls: false,
  nick: 'chair',
  channel: '#meet',
};

function setup() {
  const bridge = createFakeBridge();
  const store = createAppStore();
  const link: HostLink = {
    current: () => ({ state: 'lost', message: null }),
    onChange: () => () => {},
    retry: vi.fn(),
  };
  const sync = { refresh: vi.fn(async () => {}) };
  const actions = createActions({ bridge, store, link, sync });
  return { bridge, store, link, sync, actions };
}

describe('actions.retry', () => {
  it('re-links when the link to the app is lost', () => {
    const { store, link, actions } = setup();
    store.getState().setLink({ state: 'lost', message: 'Lost contact with Gavel.' });
    actions.retry();
    expect(link.retry).toHaveBeenCalled();
  });

  it('asks the app again when it did not answer', () => {
    const { store, sync, actions } = setup();
    store.getState().setSyncError({ code: 'timeout', message: 'slow' });
    actions.retry();
    expect(sync.refresh).toHaveBeenCalled();
  });

  it('connects again with the last request, or with what the failed status names', async () => {
    const { bridge, store, actions } = setup();
    store.getState().applyStatus(
      {
        ...IDLE_STATUS,
        ...request,
        state: 'failed',
        error: { code: 'x', message: 'x' },
        since: 1,
      },
      true,
    );
    actions.retry();
    await vi.waitFor(() => expect(bridge.callsTo('irc:connect')).toEqual([request]));
    await actions.connect({ ...request, nick: 'other' });
    actions.retry();
    await vi.waitFor(() => expect(bridge.callsTo('irc:connect').at(-1)?.nick).toBe('other'));
  });

  it('opens the form when there is nothing to retry with', () => {
    const { store, actions } = setup();
    actions.retry();
    expect(store.getState().editingConnection).toBe(true);
    expect(store.getState().focusRequest).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { IDLE_STATUS } from '../testing/fake-bridge';
import { currentProblem } from './problem';
import { createAppStore } from './store';

const at = (since: number, state: 'connecting' | 'failed' | 'joined') => ({
  ...IDLE_STATUS,
  state,
  since,
});

describe('connection slice', () => {
  it('keeps the newest status; an event wins a tie with a call’s answer', () => {
    const store = createAppStore();
    const { applyStatus } = store.getState();
    applyStatus(at(5, 'failed'), true);
    applyStatus(at(5, 'connecting'), false);
    expect(store.getState().status?.state).toBe('failed');
    applyStatus(at(4, 'joined'), true);
    expect(store.getState().status?.state).toBe('failed');
    applyStatus(at(5, 'joined'), true);
    expect(store.getState().status?.state).toBe('joined');
  });

  it('keeps the form open after a refused request, and closes it after an accepted one', () => {
    const store = createAppStore();
    store.getState().openConnectionForm();
    store.getState().beginRequest({ server: 'a', port: 1, tls: false, nick: 'n', channel: '#c' });
    expect(store.getState().pending).toBe(true);
    store.getState().endRequest({ code: 'bad-request', message: 'no' });
    expect(store.getState().editingConnection).toBe(true);
    store.getState().endRequest(null);
    expect(store.getState().editingConnection).toBe(false);
    expect(store.getState().lastRequest?.server).toBe('a');
  });
});

describe('currentProblem', () => {
  it('puts a lost link first, then a refused request, then sync trouble, then the connection', () => {
    const store = createAppStore();
    const s = store.getState();
    expect(currentProblem(store.getState())).toBeNull();
    s.applyStatus({ ...at(1, 'failed'), error: { code: 'refused', message: 'Refused.' } }, true);
    expect(currentProblem(store.getState())).toEqual({ kind: 'connection', message: 'Refused.' });
    s.setSyncError({ code: 'timeout', message: 'Slow.' });
    expect(currentProblem(store.getState())?.kind).toBe('sync');
    s.endRequest({ code: 'bad-request', message: 'Bad.' });
    expect(currentProblem(store.getState())?.kind).toBe('request');
    s.setLink({ state: 'lost', message: 'Lost contact with Gavel.' });
    expect(currentProblem(store.getState())).toEqual({
      kind: 'link',
      message: 'Lost contact with Gavel.',
    });
  });

  it('does not call a disconnect the chair asked for a problem', () => {
    const store = createAppStore();
    store.getState().applyStatus({ ...IDLE_STATUS, state: 'disconnected', since: 1 }, true);
    expect(currentProblem(store.getState())).toBeNull();
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { timeoutFor, withCallTimeouts } from './call-timeouts';
import { createFakeBridge } from '../testing/fake-bridge';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('withCallTimeouts', () => {
  it('passes answers through', async () => {
    const bridge = withCallTimeouts(createFakeBridge());
    await expect(bridge.invoke('irc:getStatus', {})).resolves.toMatchObject({ ok: true });
  });

  it('resolves a call that never returns to a timeout result', async () => {
    const inner = createFakeBridge();
    inner.handle('irc:getStatus', () => new Promise(() => {}));
    const pending = withCallTimeouts(inner).invoke('irc:getStatus', {});
    vi.advanceTimersByTime(timeoutFor('irc:getStatus'));
    await expect(pending).resolves.toMatchObject({ ok: false, error: { code: 'timeout' } });
  });

  it('turns a rejected call into an error result', async () => {
    const inner = createFakeBridge();
    inner.handle('settings:get', () => Promise.reject(new Error('boom')));
    await expect(withCallTimeouts(inner).invoke('settings:get', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });

  it('gives connecting longer than the other calls', () => {
    expect(timeoutFor('irc:connect')).toBeGreaterThan(timeoutFor('irc:say'));
  });

  it('waits for the chair at a folder dialog and for long reads', () => {
    expect(timeoutFor('export:save')).toBeGreaterThanOrEqual(10 * 60_000);
    expect(timeoutFor('import:finish')).toBeGreaterThan(timeoutFor('import:chunk'));
    expect(timeoutFor('search:query')).toBeGreaterThan(timeoutFor('irc:say'));
  });

  it('passes events through', () => {
    const inner = createFakeBridge();
    const seen = vi.fn();
    withCallTimeouts(inner).on('irc:status', seen);
    inner.emit('irc:status', inner.state.status);
    expect(seen).toHaveBeenCalledWith(inner.state.status);
  });
});

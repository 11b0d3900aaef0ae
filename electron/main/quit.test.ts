import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeBeforeQuit } from './quit';

/** An app whose `quit()` emits `before-quit` as Electron's does, and exits unless prevented. */
function fakeApp() {
  const app = Object.assign(new EventEmitter(), {
    order: [] as string[],
    exited: false,
    quit: vi.fn(() => {
      let prevented = false;
      app.emit('before-quit', { preventDefault: () => (prevented = true) });
      if (!prevented) {
        app.order.push('exit');
        app.exited = true;
      }
    }),
  });
  return app;
}

function deferred() {
  let resolve!: () => void;
  let reject!: (err: Error) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

afterEach(() => vi.useRealTimers());

describe('closeBeforeQuit', () => {
  it('exits only after the core has closed', async () => {
    const app = fakeApp();
    const closing = deferred();
    const close = vi.fn(() => (app.order.push('close'), closing.promise));
    const log = vi.fn();
    closeBeforeQuit(app, close, log);
    app.quit();
    expect(close).toHaveBeenCalledTimes(1);
    expect(app.exited).toBe(false);
    app.quit(); // a second Quit while closing is absorbed
    expect(close).toHaveBeenCalledTimes(1);
    await new Promise((r) => setTimeout(r, 5));
    expect(app.exited).toBe(false);
    app.order.push('flushed');
    closing.resolve();
    await vi.waitFor(() => expect(app.exited).toBe(true));
    expect(app.order).toEqual(['close', 'flushed', 'exit']);
    expect(log).toHaveBeenCalledWith('info', 'Gavel closed.');
  });

  it('quits anyway, with a log line, when closing fails or hangs', async () => {
    const failing = fakeApp();
    const log = vi.fn();
    closeBeforeQuit(failing, () => Promise.reject(new Error('disk full')), log);
    failing.quit();
    await vi.waitFor(() => expect(failing.exited).toBe(true));
    expect(log).toHaveBeenCalledWith('error', 'Closing Gavel failed.', new Error('disk full'));

    vi.useFakeTimers();
    const hanging = fakeApp();
    closeBeforeQuit(hanging, () => new Promise<void>(() => {}), log, 2000);
    hanging.quit();
    await vi.advanceTimersByTimeAsync(1999);
    expect(hanging.exited).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(hanging.exited).toBe(true);
    expect(log).toHaveBeenCalledWith(
      'error',
      'Gavel did not finish closing within 2 s; quitting anyway.',
    );
  });
});

import type { LogFn } from '../core/log/file-log';

/** The longest the app waits for the core to close before it quits anyway. */
export const CLOSE_TIMEOUT_MS = 10_000;

/** The part of Electron's `app` quitting involves. */
export interface QuittingApp {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

/**
 * Makes quitting wait for `close` (the core: last journal lines flushed to disk, QUIT sent to
 * every network). The first `before-quit` is held back; once `close` settles, or after
 * `timeoutMs`, the app quits for real. Further quit requests while closing are absorbed.
 */
export function closeBeforeQuit(
  app: QuittingApp,
  close: () => Promise<void>,
  log: LogFn,
  timeoutMs = CLOSE_TIMEOUT_MS,
): void {
  let phase: 'running' | 'closing' | 'closed' = 'running';
  app.on('before-quit', (event) => {
    if (phase === 'closed') return;
    event.preventDefault();
    if (phase === 'closing') return;
    phase = 'closing';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        log('error', `Gavel did not finish closing within ${timeoutMs / 1000} s; quitting anyway.`);
        resolve();
      }, timeoutMs);
    });
    let closing: Promise<void>;
    try {
      closing = close();
    } catch (err) {
      closing = Promise.reject(err as Error);
    }
    void Promise.race([closing, timeout])
      .catch((err: unknown) => log('error', 'Closing Gavel failed.', err))
      .finally(() => {
        clearTimeout(timer);
        phase = 'closed';
        log('info', 'Gavel closed.');
        app.quit();
      });
  });
}

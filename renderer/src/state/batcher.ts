/** Runs `run` later; returns the function that cancels it. */
export type Schedule = (run: () => void) => () => void;

// A hidden window gets no animation frames; after this long a batch is delivered anyway.
const HIDDEN_FALLBACK_MS = 50;

/** The browser's frame callbacks, or none (tests, very old engines). */
export interface FrameSource {
  request(run: () => void): number;
  cancel(handle: number): void;
}

const browserFrames: FrameSource | null =
  typeof requestAnimationFrame === 'function'
    ? { request: (run) => requestAnimationFrame(run), cancel: (h) => cancelAnimationFrame(h) }
    : null;

/**
 * Schedules `run` for the next animation frame, so what it delivers is rendered in that very
 * frame; or after 50 ms, whichever comes first, since a hidden window gets no frames.
 */
export function frameSchedule(frames: FrameSource | null = browserFrames): Schedule {
  return (run) => {
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      cancel();
      run();
    };
    const frame = frames?.request(once);
    const timer = setTimeout(once, HIDDEN_FALLBACK_MS);
    const cancel = () => {
      done = true;
      if (frame !== undefined) frames?.cancel(frame);
      clearTimeout(timer);
    };
    return cancel;
  };
}

/** The default schedule: the next frame (see frameSchedule). */
export const nextFrame: Schedule = (run) => frameSchedule()(run);

/** Collects items and delivers them together. */
export interface Batcher<T> {
  add(items: readonly T[]): void;
  /** Delivers what is waiting now. */
  flush(): void;
  /** Drops what is waiting. */
  cancel(): void;
}

/**
 * Collects items added during one scheduling period and hands them to `deliver` in one call,
 * in the order added, so a burst of events costs one state update instead of one per event.
 */
export function createBatcher<T>(
  deliver: (items: T[]) => void,
  schedule: Schedule = nextFrame,
): Batcher<T> {
  let waiting: T[] = [];
  let cancelTimer: (() => void) | null = null;

  const flush = () => {
    cancelTimer?.();
    cancelTimer = null;
    if (waiting.length === 0) return;
    const items = waiting;
    waiting = [];
    deliver(items);
  };

  return {
    add(items) {
      if (items.length === 0) return;
      for (const item of items) waiting.push(item);
      cancelTimer ??= schedule(flush);
    },
    flush,
    cancel() {
      cancelTimer?.();
      cancelTimer = null;
      waiting = [];
    },
  };
}

/** Runs `run` later; returns the function that cancels it. */
export type Schedule = (run: () => void) => () => void;

// One frame at 60 Hz: lines that arrive within a frame become one store update and one render.
const FRAME_MS = 16;

/** Schedules `run` about one frame from now; works in hidden windows too, unlike rAF. */
export const nextFrame: Schedule = (run) => {
  const timer = setTimeout(run, FRAME_MS);
  return () => clearTimeout(timer);
};

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

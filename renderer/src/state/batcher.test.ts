import { describe, expect, it, vi } from 'vitest';
import { createBatcher, frameSchedule, type Schedule } from './batcher';

function manualSchedule() {
  const runs: (() => void)[] = [];
  const schedule: Schedule = (run) => {
    runs.push(run);
    return () => runs.splice(runs.indexOf(run), 1);
  };
  return { schedule, runs };
}

describe('createBatcher', () => {
  it('delivers everything added in one period as one batch, in order', () => {
    const { schedule, runs } = manualSchedule();
    const deliver = vi.fn();
    const batcher = createBatcher<number>(deliver, schedule);
    batcher.add([1, 2]);
    batcher.add([]);
    batcher.add([3]);
    expect(runs).toHaveLength(1);
    expect(deliver).not.toHaveBeenCalled();
    runs[0]!();
    expect(deliver).toHaveBeenCalledTimes(1);
    expect(deliver).toHaveBeenCalledWith([1, 2, 3]);
  });

  it('flushes at once on demand and cancels the pending run', () => {
    const { schedule, runs } = manualSchedule();
    const deliver = vi.fn();
    const batcher = createBatcher<number>(deliver, schedule);
    batcher.add([1]);
    batcher.flush();
    expect(deliver).toHaveBeenCalledWith([1]);
    expect(runs).toHaveLength(0);
    batcher.flush();
    expect(deliver).toHaveBeenCalledTimes(1);
  });

  it('drops what waits on cancel', () => {
    const { schedule, runs } = manualSchedule();
    const deliver = vi.fn();
    const batcher = createBatcher<number>(deliver, schedule);
    batcher.add([1]);
    batcher.cancel();
    expect(runs).toHaveLength(0);
    batcher.add([2]);
    runs[0]!();
    expect(deliver).toHaveBeenCalledWith([2]);
  });

  it('delivers at the next animation frame, or after 50 ms when no frame comes', () => {
    vi.useFakeTimers();
    try {
      const frames: (() => void)[] = [];
      const source = { request: (run: () => void) => frames.push(run), cancel: vi.fn() };
      const deliver = vi.fn();
      const batcher = createBatcher<number>(deliver, frameSchedule(source));
      batcher.add([1]);
      frames[0]!();
      expect(deliver).toHaveBeenCalledWith([1]);
      vi.advanceTimersByTime(100);
      expect(deliver).toHaveBeenCalledTimes(1);

      batcher.add([2]);
      vi.advanceTimersByTime(49);
      expect(deliver).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(1);
      expect(deliver).toHaveBeenLastCalledWith([2]);
      expect(source.cancel).toHaveBeenCalled();
      frames[1]!();
      expect(deliver).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});

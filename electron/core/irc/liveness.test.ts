import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../testing/manual-clock';
import { LivenessWatch } from './liveness';

function watch() {
  const clock = new ManualClock(1_000_000);
  const pings: number[] = [];
  const silent: number[] = [];
  const w = new LivenessWatch(
    clock,
    { idleMs: 5000, answerMs: 5000 },
    () => pings.push(clock.now()),
    (last) => silent.push(last),
  );
  return { clock, pings, silent, w };
}

describe('LivenessWatch', () => {
  it('sends no PING while the server keeps talking', () => {
    const { clock, pings, silent, w } = watch();
    w.start();
    for (let i = 0; i < 20; i++) {
      clock.advance(2000);
      w.heard();
    }
    expect(pings).toEqual([]);
    expect(silent).toEqual([]);
  });

  it('pings after 5 s of quiet and is content with any answer', () => {
    const { clock, pings, silent, w } = watch();
    w.start();
    clock.advance(5000);
    expect(pings).toEqual([1_005_000]);
    clock.advance(300);
    w.heard();
    clock.advance(4700);
    expect(silent).toEqual([]);
    clock.advance(300);
    expect(pings).toEqual([1_005_000, 1_010_300]);
  });

  it('calls a link silent 5 s after an unanswered PING, with the time it was last heard', () => {
    const { clock, pings, silent, w } = watch();
    w.start();
    clock.advance(3000);
    w.heard();
    clock.advance(5000);
    expect(pings).toEqual([1_008_000]);
    clock.advance(4999);
    expect(silent).toEqual([]);
    clock.advance(1);
    expect(silent).toEqual([1_003_000]);
    clock.advance(60_000);
    expect(silent).toHaveLength(1);
    expect(clock.pending).toBe(0);
  });

  it('stops for good', () => {
    const { clock, pings, w } = watch();
    w.start();
    w.stop();
    clock.advance(60_000);
    expect(pings).toEqual([]);
    expect(clock.pending).toBe(0);
  });
});

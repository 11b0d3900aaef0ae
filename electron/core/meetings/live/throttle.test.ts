import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../../testing/manual-clock';
import { Throttle } from './throttle';

describe('Throttle', () => {
  it('runs at once after a quiet spell, then gathers changes into one run per interval', () => {
    const clock = new ManualClock(0);
    const runs: number[] = [];
    const throttle = new Throttle(() => runs.push(clock.now()), clock, 100);
    throttle.poke();
    throttle.poke();
    clock.advance(30);
    throttle.poke();
    expect(runs).toEqual([0]);
    clock.advance(70);
    expect(runs).toEqual([0, 100]);
    clock.advance(500);
    throttle.poke();
    expect(runs).toEqual([0, 100, 600]);
  });

  it('flushes a pending run now, and a cancelled run never happens', () => {
    const clock = new ManualClock(0);
    let runs = 0;
    const throttle = new Throttle(() => runs++, clock, 100);
    throttle.poke();
    throttle.poke();
    throttle.flush();
    expect(runs).toBe(2);
    throttle.flush();
    expect(runs).toBe(2);
    clock.advance(10);
    throttle.poke();
    throttle.cancel();
    clock.advance(1000);
    expect(runs).toBe(2);
  });
});

describe('Throttle with a slow task', () => {
  it('spaces runs to four times the task’s duration', () => {
    const clock = new ManualClock(0);
    const runs: number[] = [];
    const busy = (ms: number) => {
      const until = performance.now() + ms;
      while (performance.now() < until);
    };
    const throttle = new Throttle(
      () => {
        runs.push(clock.now());
        busy(60);
      },
      clock,
      100,
    );
    throttle.poke();
    throttle.poke();
    clock.advance(100);
    expect(runs).toEqual([0]);
    clock.advance(200);
    expect(runs).toHaveLength(2);
    expect(runs[1]).toBeGreaterThanOrEqual(240);
  });
});

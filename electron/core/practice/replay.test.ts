import { describe, expect, it } from 'vitest';
import type { LogLine } from '../../../shared/domain/line';
import { ManualClock } from '../../testing/manual-clock';
import { Replay } from './replay';
import { FIRST_GAP_MS, MAX_GAP_MS, replayPlan, UNTIMED_GAP_MS } from './replay-plan';

const line = (time: string, text: string, at: number | null = null): LogLine => ({
  at,
  time,
  kind: 'message',
  nick: 'a',
  text,
});

describe('replayPlan', () => {
  it('keeps the pauses as said, cut to a limit, across midnight and without times', () => {
    const plan = replayPlan([
      line('23:59:50', 'a'),
      line('23:59:55', 'b'),
      line('00:00:05', 'c'),
      line('01:00:00', 'd'),
      line('', 'e'),
      line('01:00:00', 'f', 1000),
      line('01:00:03', 'g', 4000),
    ]);
    expect(plan.map((s) => s.gapMs)).toEqual([
      FIRST_GAP_MS,
      5000,
      10_000,
      MAX_GAP_MS,
      UNTIMED_GAP_MS,
      UNTIMED_GAP_MS,
      3000,
    ]);
    expect(replayPlan([line('10:00:04', 'x')], line('10:00:00', 'start'))[0]!.gapMs).toBe(4000);
  });
});

describe('Replay', () => {
  const steps = replayPlan([
    line('10:00:00', 'a'),
    line('10:00:10', 'b'),
    line('10:00:10', 'c'),
    line('10:00:30', 'd'),
  ]);

  function replay(speed: number) {
    const clock = new ManualClock(0);
    const heard: string[] = [];
    const r = new Replay(steps, clock, speed, (l) => (heard.push(l.text), true));
    return { clock, heard, r };
  }

  it('plays at the chosen speed, lines due together at once', () => {
    const { clock, heard, r } = replay(10);
    r.play();
    clock.advance(FIRST_GAP_MS / 10);
    expect(heard).toEqual(['a']);
    clock.advance(999);
    expect(heard).toEqual(['a']);
    clock.advance(1);
    expect(heard).toEqual(['a', 'b', 'c']);
    clock.advance(2000);
    expect(heard).toEqual(['a', 'b', 'c', 'd']);
    expect(r.status).toBe('done');
    expect(clock.pending).toBe(0);
  });

  it('pauses, resumes and changes speed without losing time or lines', () => {
    const { clock, heard, r } = replay(1);
    r.play();
    clock.advance(FIRST_GAP_MS);
    clock.advance(4000);
    r.pause();
    clock.advance(60_000);
    expect(heard).toEqual(['a']);
    r.play();
    r.setSpeed(2);
    clock.advance(2999);
    expect(heard).toEqual(['a']);
    clock.advance(1);
    expect(heard).toEqual(['a', 'b', 'c']);
    r.stop();
    clock.advance(60_000);
    expect(heard).toEqual(['a', 'b', 'c']);
    expect(r.status).toBe('stopped');
    expect(r.position).toBe(3);
  });

  it('ends when the meeting it feeds is gone', () => {
    const clock = new ManualClock(0);
    const r = new Replay(steps, clock, 20, () => false);
    r.play();
    clock.advance(60_000);
    expect(r.status).toBe('done');
    expect(r.position).toBe(1);
  });
});

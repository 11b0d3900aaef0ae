import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../testing/manual-clock';
import { DEFAULT_SEND_RATE, SendQueue } from './send-queue';

function queue(rate = { burst: 4, intervalMs: 1000 }) {
  const clock = new ManualClock();
  const sent: [number, string][] = [];
  const start = clock.now();
  const q = new SendQueue<string>((line) => sent.push([clock.now() - start, line]), clock, rate);
  return { clock, sent, q };
}

describe('SendQueue', () => {
  it('sends a burst at once, then one line per interval, in order', () => {
    const { clock, sent, q } = queue();
    q.push('a', 'b', 'c', 'd', 'e', 'f', 'g');
    expect(sent.map(([, l]) => l)).toEqual(['a', 'b', 'c', 'd']);
    expect(q.size).toBe(3);
    clock.advance(10_000);
    expect(sent).toEqual([
      [0, 'a'],
      [0, 'b'],
      [0, 'c'],
      [0, 'd'],
      [1000, 'e'],
      [2000, 'f'],
      [3000, 'g'],
    ]);
    expect(q.size).toBe(0);
    expect(clock.pending).toBe(0);
  });

  it('earns tokens back while idle, up to the burst', () => {
    const { clock, sent, q } = queue();
    q.push('a', 'b', 'c', 'd');
    clock.advance(2500);
    q.push('e', 'f', 'g');
    expect(sent.map(([t, l]) => `${t}:${l}`).slice(4)).toEqual(['2500:e', '2500:f']);
    clock.advance(500);
    expect(sent.at(-1)).toEqual([3000, 'g']);

    clock.advance(60_000);
    const before = sent.length;
    q.push('1', '2', '3', '4', '5', '6');
    expect(sent.length - before).toBe(4);
  });

  it('keeps order when lines are pushed while others wait', () => {
    const { clock, sent, q } = queue({ burst: 1, intervalMs: 500 });
    q.push('a', 'b');
    clock.advance(200);
    q.push('c');
    clock.advance(2000);
    expect(sent).toEqual([
      [0, 'a'],
      [500, 'b'],
      [1000, 'c'],
    ]);
  });

  it('clear drops waiting lines and stops its timer', () => {
    const { clock, sent, q } = queue({ burst: 1, intervalMs: 500 });
    q.push('a', 'b', 'c');
    q.clear();
    expect(clock.pending).toBe(0);
    clock.advance(5000);
    expect(sent.map(([, l]) => l)).toEqual(['a']);
  });

  it('never exceeds burst + elapsed/interval lines in any window (default rate)', () => {
    const { clock, sent, q } = queue(DEFAULT_SEND_RATE);
    for (let i = 0; i < 50; i++) {
      q.push(`line ${i}`);
      clock.advance(137);
    }
    clock.advance(100_000);
    expect(sent).toHaveLength(50);
    const { burst, intervalMs } = DEFAULT_SEND_RATE;
    for (let i = 0; i < sent.length; i++) {
      for (let j = i; j < sent.length; j++) {
        const window = sent[j]![0] - sent[i]![0];
        expect(j - i + 1).toBeLessThanOrEqual(burst + Math.floor(window / intervalMs));
      }
    }
  });

  it('queues nothing of a push that would pass its limit, and says so', () => {
    const clock = new ManualClock();
    const sent: string[] = [];
    const q = new SendQueue<string>(
      (l) => sent.push(l),
      clock,
      { burst: 1, intervalMs: 1000 },
      () => 0,
      3,
    );
    expect(q.push('a', 'b', 'c')).toBe(true);
    expect(sent).toEqual(['a']);
    expect(q.room).toBe(1);
    expect(q.push('d', 'e')).toBe(false);
    expect(q.push('d')).toBe(true);
    expect(q.room).toBe(0);
    clock.advance(1000);
    expect(q.push('e')).toBe(true);
    clock.advance(10_000);
    expect(sent).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

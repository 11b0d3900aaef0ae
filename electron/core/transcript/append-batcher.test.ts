import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../testing/manual-clock';
import { AppendBatcher, type AppendBatch } from './append-batcher';
import { TranscriptStore } from './transcript-store';

function setup(limits = { maxDelayMs: 50, maxLines: 200 }) {
  const clock = new ManualClock();
  const batches: AppendBatch[] = [];
  const batcher = new AppendBatcher((b) => batches.push(b), clock, limits);
  const store = new TranscriptStore();
  const add = (channel: string, n: number) => {
    for (let i = 0; i < n; i++) {
      batcher.add(
        store.append(channel, { at: 0, time: '', kind: 'message', nick: 'a', text: `${i}` }, false),
      );
    }
  };
  return { clock, batches, add };
}

describe('AppendBatcher', () => {
  it('sends lines that arrive within the delay as one batch, once the delay has passed', () => {
    const { clock, batches, add } = setup();
    add('#meet', 3);
    clock.advance(49);
    expect(batches).toEqual([]);
    clock.advance(1);
    expect(batches).toHaveLength(1);
    expect(batches[0]).toMatchObject({ channel: '#meet', fromSeq: 1 });
    expect(batches[0]!.lines.map((l) => l.seq)).toEqual([1, 2, 3]);
  });

  it('turns a burst of 1000 lines into batches of at most 200, contiguous and in order', () => {
    const { clock, batches, add } = setup();
    add('#meet', 1000);
    clock.advance(50);
    expect(batches.length).toBe(5);
    let next = 1;
    for (const batch of batches) {
      expect(batch.lines.length).toBeLessThanOrEqual(200);
      expect(batch.fromSeq).toBe(next);
      expect(batch.lines.map((l) => l.seq)).toEqual(batch.lines.map((_, i) => next + i));
      next += batch.lines.length;
    }
    expect(next).toBe(1001);
  });

  it('keeps channels apart, each batch holding one channel', () => {
    const { clock, batches, add } = setup();
    add('#a', 2);
    add('#b', 1);
    add('#a', 1);
    expect(clock.pending).toBe(1);
    clock.advance(50);
    expect(batches.map((b) => [b.channel, b.fromSeq, b.lines.map((l) => l.seq)])).toEqual([
      ['#a', 1, [1, 2, 3]],
      ['#b', 1, [1]],
    ]);
  });

  it('flush sends what waits and leaves no timer behind', () => {
    const clock = new ManualClock();
    const batches: AppendBatch[] = [];
    const batcher = new AppendBatcher((b) => batches.push(b), clock);
    const store = new TranscriptStore();
    batcher.add(store.append('#a', { at: 0, time: '', kind: 'join', nick: 'x', text: '' }, false));
    batcher.add(store.append('#b', { at: 0, time: '', kind: 'join', nick: 'y', text: '' }, false));
    batcher.flush();
    expect(batches.map((b) => [b.channel, b.fromSeq, b.lines.length])).toEqual([
      ['#a', 1, 1],
      ['#b', 1, 1],
    ]);
    expect(clock.pending).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { MIN, T0 } from '../../testing/meeting-fixtures';
import { spanModel } from './timeline-model';

const topic = (timebox: number | null, endedAt: number | null = null) => ({
  startedAt: T0,
  endedAt,
  timebox,
});

describe('spanModel', () => {
  it('is within its timebox until 80 %, then nudges, then is over', () => {
    expect(spanModel(topic(10), T0 + 7 * MIN)).toMatchObject({
      state: 'within',
      summary: '7 min of 10',
    });
    expect(spanModel(topic(10), T0 + 8 * MIN)).toMatchObject({
      state: 'nudge',
      summary: '8 min of 10 — 2 min left',
    });
    expect(spanModel(topic(10), T0 + 10 * MIN)).toMatchObject({
      state: 'over',
      summary: '0 min over 10',
    });
    expect(spanModel(topic(10), T0 + 13.5 * MIN)).toMatchObject({
      state: 'over',
      summary: '3 min over 10',
    });
  });

  it('draws actual against planned on a track as long as the longer of the two', () => {
    expect(spanModel(topic(10), T0 + 5 * MIN)).toMatchObject({ actualPct: 50, plannedPct: 100 });
    expect(spanModel(topic(10), T0 + 20 * MIN)).toMatchObject({ actualPct: 100, plannedPct: 50 });
  });

  it('uses the end for a finished topic, whatever the time now', () => {
    expect(spanModel(topic(10, T0 + 4 * MIN), T0 + 60 * MIN).summary).toBe('4 min of 10');
  });

  it('just counts minutes without a timebox', () => {
    expect(spanModel(topic(null), T0 + 12 * MIN + 30_000)).toMatchObject({
      state: 'none',
      plannedPct: null,
      summary: '12 min',
    });
  });
});

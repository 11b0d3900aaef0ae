import { describe, expect, it } from 'vitest';
import { checkRule, isOccurrence, nextOccurrence, upcoming, type ScheduleRule } from './schedule';
import { wallTimeOf } from './zoned';

const weekly: ScheduleRule = { weekday: 1, time: '15:00', zone: 'Europe/Berlin', every: 1 };
const value = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('nextOccurrence', () => {
  it('finds the coming Monday at 15:00 Berlin time', () => {
    // Wednesday 2026-03-11 10:00 UTC -> Monday 2026-03-16, 15:00 CET = 14:00 UTC.
    expect(value(nextOccurrence(weekly, Date.UTC(2026, 2, 11, 10)))).toBe(
      Date.UTC(2026, 2, 16, 14),
    );
  });

  it('keeps the local time across the change to summer time, so UTC moves', () => {
    const list = value(upcoming(weekly, Date.UTC(2026, 2, 20), 3));
    expect(list).toEqual([
      Date.UTC(2026, 2, 23, 14),
      Date.UTC(2026, 2, 30, 13),
      Date.UTC(2026, 3, 6, 13),
    ]);
    for (const at of list)
      expect(wallTimeOf(at, 'Europe/Berlin')).toMatchObject({ hour: 15, weekday: 1 });
  });

  it('counts a meeting starting right now as the next one, and one a minute ago as past', () => {
    const monday = Date.UTC(2026, 2, 16, 14);
    expect(value(nextOccurrence(weekly, monday))).toBe(monday);
    expect(value(nextOccurrence(weekly, monday + 60_000))).toBe(Date.UTC(2026, 2, 23, 14));
  });

  it('uses the zone’s calendar day, not the UTC one', () => {
    // Tuesday 09:00 in Sydney is Monday 22:00 UTC; asked on Monday 21:00 UTC it is an hour away.
    const sydney: ScheduleRule = { weekday: 2, time: '09:00', zone: 'Australia/Sydney', every: 1 };
    expect(value(nextOccurrence(sydney, Date.UTC(2026, 5, 15, 21)))).toBe(
      Date.UTC(2026, 5, 15, 23),
    );
  });

  it('skips the off weeks of a fortnightly meeting, before and after its anchor', () => {
    const fortnightly = { ...weekly, every: 2 as const, anchor: '2026-03-16' };
    expect(value(upcoming(fortnightly, Date.UTC(2026, 2, 17), 2))).toEqual([
      Date.UTC(2026, 2, 30, 13),
      Date.UTC(2026, 3, 13, 13),
    ]);
    // Monday 9 March is an off week (one before the anchor); 2 March was on, but is past.
    expect(value(nextOccurrence(fortnightly, Date.UTC(2026, 2, 3)))).toBe(
      Date.UTC(2026, 2, 16, 14),
    );
  });

  it('tells whether an instant is one of the meetings', () => {
    expect(isOccurrence(weekly, Date.UTC(2026, 6, 13, 13))).toBe(true);
    expect(isOccurrence(weekly, Date.UTC(2026, 6, 13, 14))).toBe(false);
  });
});

describe('upcoming', () => {
  it('fails on a time that is not one, and bounds how many it lists', () => {
    expect(upcoming(weekly, Number.NaN, 3).ok).toBe(false);
    expect(upcoming(weekly, 9e15, 3).ok).toBe(false);
    expect(value(upcoming(weekly, 0, Number.NaN))).toEqual([]);
    expect(value(upcoming(weekly, 0, 5000))).toHaveLength(1000);
  });
});

describe('checkRule', () => {
  it.each([
    [{ ...weekly, time: '25:00' }, 'time', '"25:00"'],
    [{ ...weekly, time: '3pm' }, 'time', '"3pm"'],
    [{ ...weekly, zone: 'Europe/Atlantis' }, 'time-zone', 'Europe/Atlantis'],
    [{ ...weekly, weekday: 7 }, 'weekday', '7'],
    [{ ...weekly, every: 3 as 1 }, 'every', 'every other week'],
    [{ ...weekly, every: 2 as const }, 'anchor', 'needs the date'],
    [{ ...weekly, anchor: '2026-02-30' }, 'anchor', '2026-02-30'],
    [{ ...weekly, anchor: '2026-03-17' }, 'anchor', 'not a Monday'],
  ])('rejects %j with a clear message', (rule, code, words) => {
    const r = checkRule(rule);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.message).toContain(words);
    }
    expect(nextOccurrence(rule, 0).ok).toBe(false);
  });
});

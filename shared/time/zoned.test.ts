import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantOf, wallTimeOf } from './zoned';

describe('instantOf', () => {
  it('puts 15:00 in Berlin at 14:00 UTC in winter and 13:00 UTC in summer', () => {
    const wall = { year: 2026, month: 1, day: 12, hour: 15, minute: 0 };
    expect(instantOf(wall, 'Europe/Berlin')).toBe(Date.UTC(2026, 0, 12, 14));
    expect(instantOf({ ...wall, month: 7, day: 13 }, 'Europe/Berlin')).toBe(
      Date.UTC(2026, 6, 13, 13),
    );
  });

  it('moves a time that never happens (spring forward) past the jump', () => {
    // New York skips 02:00–03:00 on 2026-03-08: 02:30 is read as 03:30 EDT.
    const at = instantOf({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, 'America/New_York');
    expect(at).toBe(Date.UTC(2026, 2, 8, 7, 30));
    expect(wallTimeOf(at, 'America/New_York')).toMatchObject({ hour: 3, minute: 30 });
  });

  it('takes the first of a time that happens twice (fall back)', () => {
    // New York shows 01:30 twice on 2026-11-01: first in EDT (05:30 UTC), then in EST.
    const at = instantOf(
      { year: 2026, month: 11, day: 1, hour: 1, minute: 30 },
      'America/New_York',
    );
    expect(at).toBe(Date.UTC(2026, 10, 1, 5, 30));
  });

  it('handles zones with odd offsets and a date line', () => {
    expect(instantOf({ year: 2026, month: 3, day: 2, hour: 9, minute: 0 }, 'Asia/Kathmandu')).toBe(
      Date.UTC(2026, 2, 2, 3, 15),
    );
    expect(
      instantOf({ year: 2026, month: 1, day: 5, hour: 8, minute: 0 }, 'Pacific/Kiritimati'),
    ).toBe(Date.UTC(2026, 0, 4, 18));
  });

  it('is the inverse of wallTimeOf wherever the clock shows a time once', () => {
    const zones = [
      'Europe/Berlin',
      'America/New_York',
      'Australia/Sydney',
      'Asia/Kolkata',
      'America/Santiago',
      'UTC',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(2000, 0, 1) / 60_000, max: Date.UTC(2040, 0, 1) / 60_000 }),
        (zone, minutes) => {
          const at = minutes * 60_000;
          const back = instantOf(wallTimeOf(at, zone), zone);
          // Only a repeated hour may map back to its first occurrence, at most one hour earlier.
          expect(at - back === 0 || (at - back > 0 && at - back <= 3_600_000)).toBe(true);
        },
      ),
    );
  });
});

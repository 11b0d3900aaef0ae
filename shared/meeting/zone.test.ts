import { describe, expect, it } from 'vitest';
import { isoInZone, offsetAt, wallToInstant, zoneProblem } from './zone';

describe('zone', () => {
  it('accepts IANA names, UTC and fixed offsets, and explains anything else', () => {
    expect(zoneProblem('Europe/Berlin')).toBeNull();
    expect(zoneProblem('UTC')).toBeNull();
    expect(zoneProblem('-04:00')).toBeNull();
    expect(zoneProblem('EDT-ish')).toMatch(/Unknown time zone "EDT-ish"/);
  });

  it('finds offsets across daylight saving time', () => {
    expect(offsetAt('Europe/Berlin', Date.UTC(2024, 0, 15))).toBe(60);
    expect(offsetAt('Europe/Berlin', Date.UTC(2024, 6, 15))).toBe(120);
    expect(offsetAt('+05:30', 0)).toBe(330);
  });

  it('turns a local wall time into an instant and back', () => {
    const ms = wallToInstant('2024-07-01', 1, 9 * 3600, 'America/New_York');
    expect(new Date(ms).toISOString()).toBe('2024-07-02T13:00:00.000Z');
    expect(isoInZone(ms, 'America/New_York')).toBe('2024-07-02T09:00:00-04:00');
    expect(isoInZone(ms, null)).toBe('2024-07-02T13:00:00Z');
  });
});

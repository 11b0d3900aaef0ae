import { describe, expect, it } from 'vitest';
import { epochAt, normalizeZone } from './zone';
import { zoneHint } from './zone-hint';

describe('time zones', () => {
  it.each([
    ['Z', 'UTC'],
    ['utc', 'UTC'],
    ['+0000', 'UTC'],
    ['-4', '-04:00'],
    ['UTC-4', '-04:00'],
    ['+0530', '+05:30'],
    ['+12:45', '+12:45'],
    ['Europe/Berlin', 'Europe/Berlin'],
  ])('normalises %s to %s', (zone, expected) => {
    expect(normalizeZone(zone)).toBe(expected);
  });

  it.each([['Mars/Olympus'], ['+15'], ['+05:75'], ['EDT (UTC -4)'], ['']])('refuses %j', (zone) => {
    expect(normalizeZone(zone)).toBeNull();
  });

  it('converts wall clock times to instants', () => {
    expect(epochAt('2017-05-08', '13:00:44', 'UTC')).toBe(Date.UTC(2017, 4, 8, 13, 0, 44));
    expect(epochAt('2018-06-26', '10:02', '-04:00')).toBe(Date.UTC(2018, 5, 26, 14, 2));
    expect(epochAt('2024-01-15', '12:00', 'Europe/Berlin')).toBe(Date.UTC(2024, 0, 15, 11, 0));
    expect(epochAt('2024-07-15', '12:00', 'Europe/Berlin')).toBe(Date.UTC(2024, 6, 15, 10, 0));
    expect(epochAt('2024-03-31', '03:30', 'Europe/Berlin')).toBe(Date.UTC(2024, 2, 31, 1, 30));
    expect(epochAt('2024-03-30', '23:30', 'Europe/Berlin')).toBe(Date.UTC(2024, 2, 30, 22, 30));
  });

  it('reads the zone stated in a note', () => {
    expect(zoneHint('Note: Times are in EDT (UTC -4)')).toBe('-04:00');
    expect(zoneHint('| time (-0500 EST) | person | comment |')).toBe('-05:00');
    expect(zoneHint('All times in UTC (2020-11-25)')).toBe('UTC');
    expect(zoneHint('times are GMT+5:30')).toBe('+05:30');
    expect(zoneHint('time of the meeting')).toBeNull();
  });
});

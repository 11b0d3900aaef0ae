import { describe, expect, it } from 'vitest';
import { isKnownZone, offsetMinutes, worldTimes } from './world-times';

const cities = [
  { name: 'New York', zone: 'America/New_York' },
  { name: 'Berlin', zone: 'Europe/Berlin' },
  { name: 'Sydney', zone: 'Australia/Sydney' },
  { name: 'Kolkata', zone: 'Asia/Kolkata' },
];

describe('worldTimes', () => {
  it('gives the Kamailio 2012 meeting (15:00 UTC, 31 Jan) in winter time', () => {
    const at = Date.UTC(2012, 0, 31, 15, 0);
    expect(worldTimes(at, cities)).toEqual([
      {
        city: 'New York',
        zone: 'America/New_York',
        local: 'Tue 31 Jan 2012, 10:00',
        offset: 'UTC-5',
        dayShift: 0,
      },
      {
        city: 'Berlin',
        zone: 'Europe/Berlin',
        local: 'Tue 31 Jan 2012, 16:00',
        offset: 'UTC+1',
        dayShift: 0,
      },
      {
        city: 'Sydney',
        zone: 'Australia/Sydney',
        local: 'Wed 1 Feb 2012, 02:00',
        offset: 'UTC+11',
        dayShift: 1,
      },
      {
        city: 'Kolkata',
        zone: 'Asia/Kolkata',
        local: 'Tue 31 Jan 2012, 20:30',
        offset: 'UTC+5:30',
        dayShift: 0,
      },
    ]);
  });

  it('follows daylight-saving changes on each side of the world', () => {
    // Between the US change (2026-03-08) and the EU change (2026-03-29) New York is 5 h behind Berlin, not 6.
    const march = Date.UTC(2026, 2, 16, 15, 0);
    expect(offsetMinutes('America/New_York', march)).toBe(-240);
    expect(offsetMinutes('Europe/Berlin', march)).toBe(60);
    const april = Date.UTC(2026, 3, 6, 15, 0);
    expect(offsetMinutes('Europe/Berlin', april)).toBe(120);
    expect(offsetMinutes('Australia/Sydney', april)).toBe(600);
    expect(worldTimes(april, cities)[2]!.local).toBe('Tue 7 Apr 2026, 01:00');
  });

  it('knows which zones exist', () => {
    expect(isKnownZone('Europe/Bucharest')).toBe(true);
    expect(isKnownZone('Mars/Olympus_Mons')).toBe(false);
  });
});

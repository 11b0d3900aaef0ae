import { describe, expect, it } from 'vitest';
import { zoneFormat, zoneFormatter } from './zone-formatter';

describe('zoneFormatter', () => {
  it('gives the wall clock of a known zone as plain 24-hour parts, made once', () => {
    const f = zoneFormatter('Europe/Berlin');
    const parts = Object.fromEntries(
      f!.formatToParts(Date.UTC(2024, 0, 1, 23, 5, 6)).map((p) => [p.type, p.value]),
    );
    expect(parts).toMatchObject({ year: '2024', month: '1', day: '2', hour: '00', minute: '05' });
    expect(zoneFormatter('Europe/Berlin')).toBe(f);
  });

  it('is null for a zone the runtime does not know', () => {
    expect(zoneFormatter('Mars/Olympus')).toBeNull();
  });

  it('keeps one formatter per zone, locale and options, for every caller', () => {
    const offset = { timeZoneName: 'longOffset' } as const;
    const f = zoneFormat('Asia/Kolkata', 'en-GB', offset);
    expect(zoneFormat('Asia/Kolkata', 'en-GB', { timeZoneName: 'longOffset' })).toBe(f);
    expect(zoneFormat('Asia/Kolkata', 'en-US', offset)).not.toBe(f);
    expect(f!.format(Date.UTC(2024, 0, 1))).toContain('GMT+05:30');
    expect(zoneFormat('Mars/Olympus', 'en-GB', offset)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { vtimezone } from './vtimezone';
import { offsetMinutes } from './world-times';

const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const parseOffset = (s: string) =>
  (s[0] === '-' ? -1 : 1) * (Number(s.slice(1, 3)) * 60 + Number(s.slice(3, 5)));

/** The onset (local wall time as UTC ms) in `year` of a yearly rule as RRULE parts. */
function onsetIn(year: number, rrule: string, hour: number, minute: number): number {
  const parts = new Map(rrule.split(';').map((p) => p.split('=') as [string, string]));
  const month = Number(parts.get('BYMONTH'));
  const byday = parts.get('BYDAY')!;
  const n = byday.length > 2 ? Number(byday.slice(0, -2)) : 0;
  const monthDays = parts.get('BYMONTHDAY')?.split(',').map(Number);
  const days: number[] = [];
  for (let d = 1; d <= new Date(Date.UTC(year, month, 0)).getUTCDate(); d++) {
    const weekday = new Date(Date.UTC(year, month - 1, d)).getUTCDay();
    if (DAYS[weekday] === byday.slice(-2) && (!monthDays || monthDays.includes(d))) days.push(d);
  }
  expect(days.length === 1 || n !== 0).toBe(true);
  const day = n > 0 ? days[n - 1]! : n < 0 ? days[days.length + n]! : days[0]!;
  return Date.UTC(year, month - 1, day, hour, minute);
}

interface Observance {
  props: Map<string, string>;
}
function observances(lines: string[]): Observance[] {
  const out: Observance[] = [];
  let cur: Observance | null = null;
  for (const l of lines) {
    if (l === 'BEGIN:DAYLIGHT' || l === 'BEGIN:STANDARD') cur = { props: new Map() };
    else if (l.startsWith('END:') && cur) {
      out.push(cur);
      cur = null;
    } else if (cur) cur.props.set(l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1));
  }
  return out;
}

describe('vtimezone', () => {
  it.each([
    'Europe/Berlin',
    'America/New_York',
    'Australia/Sydney',
    'America/Santiago',
    'Pacific/Auckland',
    'Europe/London',
  ])('states %s by yearly rules that agree with the zone data for a decade', (zone) => {
    const obs = observances(vtimezone(zone, 2026));
    expect(obs).toHaveLength(2);
    for (const o of obs) {
      const rule = o.props.get('RRULE') ?? '';
      expect(rule).toMatch(
        /^FREQ=YEARLY;BYMONTH=\d+;BYDAY=(-?\d[A-Z]{2}|[A-Z]{2};BYMONTHDAY=(\d+,){6}\d+)$/,
      );
      const start = o.props.get('DTSTART')!;
      const [hour, minute] = [Number(start.slice(9, 11)), Number(start.slice(11, 13))];
      const from = parseOffset(o.props.get('TZOFFSETFROM')!);
      const to = parseOffset(o.props.get('TZOFFSETTO')!);
      for (let year = 2026; year <= 2036; year++) {
        const at = onsetIn(year, rule, hour, minute) - from * 60_000;
        expect([offsetMinutes(zone, at - 60_000), offsetMinutes(zone, at)]).toEqual([from, to]);
      }
    }
  });

  it('states a "Sunday on or after the 2nd" rule with BYMONTHDAY', () => {
    const lines = vtimezone('America/Santiago', 2026);
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=SU;BYMONTHDAY=2,3,4,5,6,7,8');
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=SU;BYMONTHDAY=2,3,4,5,6,7,8');
  });

  it('gives a zone without daylight-saving time one observance', () => {
    expect(vtimezone('Asia/Kolkata', 2026)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Kolkata',
      'BEGIN:STANDARD',
      'DTSTART:20250101T000000',
      'TZOFFSETFROM:+0530',
      'TZOFFSETTO:+0530',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('lists each change of a zone that follows no yearly rule', () => {
    // Morocco suspends its +01:00 during Ramadan, whose dates move every year.
    const lines = vtimezone('Africa/Casablanca', 2026);
    expect(lines.some((l) => l.startsWith('RRULE'))).toBe(false);
    const obs = observances(lines);
    // As many observances after the first as the zone data has changes in the years covered
    // (2025 to 2036), counted here day by day; how many that is depends on the tz release.
    let changes = 0;
    for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2037, 0, 1); t += 86_400_000) {
      if (
        offsetMinutes('Africa/Casablanca', t) !== offsetMinutes('Africa/Casablanca', t + 86_400_000)
      ) {
        changes++;
      }
    }
    expect(changes).toBeGreaterThan(1);
    expect(obs.length - 1).toBe(changes);
    for (const o of obs.slice(1)) {
      const s = o.props.get('DTSTART')!;
      const from = parseOffset(o.props.get('TZOFFSETFROM')!);
      const at =
        Date.UTC(
          +s.slice(0, 4),
          +s.slice(4, 6) - 1,
          +s.slice(6, 8),
          +s.slice(9, 11),
          +s.slice(11, 13),
        ) -
        from * 60_000;
      expect(offsetMinutes('Africa/Casablanca', at)).toBe(parseOffset(o.props.get('TZOFFSETTO')!));
      expect(offsetMinutes('Africa/Casablanca', at - 60_000)).toBe(from);
    }
  });
});

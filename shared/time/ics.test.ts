import { describe, expect, it } from 'vitest';
import { icsEvent, type IcsEventInput } from './ics';
import type { ScheduleRule } from './schedule';

const base: IcsEventInput = {
  uid: 'kamailio-devel@gavel',
  start: Date.UTC(2026, 2, 16, 14),
  durationMin: 60,
  summary: 'Kamailio devel meeting',
  description: 'Agenda: 6.0 release; open issues, PRs\nSee the wiki',
  location: '#kamailio on irc.libera.chat',
  now: Date.UTC(2026, 2, 1, 9, 30),
};

function text(e: IcsEventInput): string {
  const r = icsEvent(e);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const unfolded = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

describe('icsEvent', () => {
  it('writes a single event in UTC, with CRLF and escaped text', () => {
    const ics = text(base);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(unfolded(ics)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Gavel//Gavel meeting schedule//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:kamailio-devel@gavel',
      'DTSTAMP:20260301T093000Z',
      'DTSTART:20260316T140000Z',
      'DTEND:20260316T150000Z',
      'SUMMARY:Kamailio devel meeting',
      'DESCRIPTION:Agenda: 6.0 release\\; open issues\\, PRs\\nSee the wiki',
      'LOCATION:#kamailio on irc.libera.chat',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('folds long lines at 75 octets', () => {
    const ics = text({ ...base, description: 'Überprüfung der Tagesordnung — '.repeat(10) });
    for (const line of ics.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(unfolded(ics).find((l) => l.startsWith('DESCRIPTION:'))).toBe(
      `DESCRIPTION:${'Überprüfung der Tagesordnung — '.repeat(10)}`,
    );
  });

  it('repeats in the zone’s local time with a TZID, a DURATION and a VTIMEZONE', () => {
    const rule: ScheduleRule = {
      weekday: 1,
      time: '15:00',
      zone: 'Europe/Berlin',
      every: 2,
      anchor: '2026-03-16',
    };
    const lines = unfolded(text({ ...base, rule }));
    expect(lines).toContain('DTSTART;TZID=Europe/Berlin:20260316T150000');
    expect(lines).toContain('DURATION:PT60M');
    expect(lines).toContain('RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO');
    expect(lines.filter((l) => l.startsWith('DTEND'))).toEqual([]);
    const tz = lines.slice(lines.indexOf('BEGIN:VTIMEZONE'), lines.indexOf('END:VTIMEZONE') + 1);
    expect(tz).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Berlin',
      'BEGIN:DAYLIGHT',
      'DTSTART:20250330T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'DTSTART:20251026T030000',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
    expect(lines.indexOf('END:VTIMEZONE')).toBeLessThan(lines.indexOf('BEGIN:VEVENT'));
  });

  it('keeps a UTC series in UTC, without a VTIMEZONE', () => {
    const rule: ScheduleRule = { weekday: 1, time: '14:00', zone: 'UTC', every: 1 };
    const lines = unfolded(text({ ...base, rule }));
    expect(lines).toContain('DTSTART:20260316T140000Z');
    expect(lines).toContain('DTEND:20260316T150000Z');
    expect(lines).toContain('RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO');
    expect(lines).not.toContain('BEGIN:VTIMEZONE');
  });

  it.each([
    [{ uid: ' ' }, 'uid'],
    [{ durationMin: 0 }, 'duration'],
    [{ durationMin: 30.5 }, 'duration'],
    [{ summary: '' }, 'summary'],
    [{ start: Number.NaN }, 'start'],
    [{ start: 8e15 }, 'start'],
    [{ now: Number.NaN }, 'now'],
    [{ rule: { weekday: 2, time: '15:00', zone: 'Europe/Berlin', every: 1 } }, 'start'],
    [{ rule: { weekday: 1, time: '15:00', zone: 'Nowhere/Special', every: 1 } }, 'time-zone'],
  ] as [Partial<IcsEventInput>, string][])('rejects %j', (change, code) => {
    const r = icsEvent({ ...base, ...change });
    expect(r.ok ? null : r.error.code).toBe(code);
  });
});

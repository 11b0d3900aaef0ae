import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../testing/manual-clock';
import { value } from '../history/after-meeting-harness.fixture';
import { calendarUid, ScheduleService } from './schedule-service';
import { ScheduleStore } from './schedule-store';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'gavel-schedule-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// Tuesday 2026-03-24 12:00 UTC: Europe is still on winter time, New York already on summer time.
const NOW = Date.UTC(2026, 2, 24, 12);
const weekly = { weekday: 2, time: '16:00', zone: 'Europe/Berlin', every: 1 as const };
const cities = [
  { name: 'Berlin', zone: 'Europe/Berlin' },
  { name: 'New York', zone: 'America/New_York' },
];

function service(server: string | null = 'irc.libera.chat') {
  const clock = new ManualClock(NOW);
  const warnings: string[] = [];
  const store = new ScheduleStore(dir, (w) => warnings.push(w));
  return { clock, warnings, schedules: new ScheduleService(store, clock, () => server) };
}

describe('ScheduleService', () => {
  it('gives the next meeting across the world, right across a daylight-saving change', () => {
    const { clock, schedules } = service();
    value(
      schedules.set({
        channel: '#kamailio',
        rule: weekly,
        cities,
        durationMin: 60,
        title: 'Kamailio devel',
      }),
    );
    const today = value(schedules.next('#kamailio'));
    expect(new Date(today.at).toISOString()).toBe('2026-03-24T15:00:00.000Z');
    expect(today.worldTimes.map((t) => `${t.city} ${t.local} ${t.offset}`)).toEqual([
      'Berlin Tue 24 Mar 2026, 16:00 UTC+1',
      'New York Tue 24 Mar 2026, 11:00 UTC-4',
    ]);
    clock.advance(2 * 86_400_000);
    const after = value(schedules.next('#kamailio'));
    expect(new Date(after.at).toISOString()).toBe('2026-03-31T14:00:00.000Z');
    expect(after.worldTimes[0]).toMatchObject({ local: 'Tue 31 Mar 2026, 16:00', offset: 'UTC+2' });
    expect(after.announcement).toContain(`date -d @${after.at / 1000}`);
    expect(after.announcement).toContain('Where:  #kamailio on irc.libera.chat');
    expect(after.ics).toContain('DTSTART;TZID=Europe/Berlin:20260331T160000\r\n');
    expect(after.ics).toContain('RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=TU\r\n');
    expect(after.ics).toContain(`UID:${calendarUid('#kamailio')}\r\n`);
  });

  it('keeps schedules in the data folder, and refuses what makes no sense', () => {
    const { schedules } = service();
    expect(
      schedules.set({
        channel: '#a',
        rule: { ...weekly, zone: 'Mars/Olympus' },
        cities,
        durationMin: 30,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'time-zone' },
    });
    expect(
      schedules.set({
        channel: '#a',
        rule: weekly,
        cities: [{ name: 'Nowhere', zone: 'Nope/Nope' }],
        durationMin: 30,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'time-zone', message: expect.stringContaining('Nowhere') },
    });
    expect(
      schedules.set({
        channel: '#a',
        rule: weekly,
        cities,
        durationMin: 30,
        agendaUrl: 'javascript:x',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'agenda-url' },
    });
    value(
      schedules.set({
        channel: '#Meet',
        rule: weekly,
        cities,
        durationMin: 30,
        network: 'irc.oftc.net',
      }),
    );
    expect(service().schedules.get('#meet')).toMatchObject({
      channel: '#Meet',
      network: 'irc.oftc.net',
      title: null,
    });
    expect(JSON.parse(readFileSync(join(dir, 'schedules.json'), 'utf8'))).toHaveProperty(['#meet']);
    expect(value(schedules.clear('#meet'))).toEqual({ cleared: true });
    expect(value(schedules.clear('#meet'))).toEqual({ cleared: false });
    expect(schedules.next('#meet')).toMatchObject({ ok: false, error: { code: 'no-schedule' } });
  });

  it('needs a server to announce, and starts empty from a damaged file', () => {
    const { schedules } = service(null);
    value(schedules.set({ channel: 'oftc:#meet', rule: weekly, cities: [], durationMin: 30 }));
    expect(schedules.next('oftc:#meet')).toMatchObject({
      ok: false,
      error: { code: 'no-network' },
    });
    value(
      schedules.set({
        channel: 'oftc:#meet',
        rule: weekly,
        cities: [],
        durationMin: 30,
        network: 'irc.oftc.net',
      }),
    );
    const next = value(schedules.next('oftc:#meet'));
    expect(next.announcement).toContain('Where:  #meet on irc.oftc.net');
    expect(next.worldTimes.length).toBeGreaterThan(5);
    writeFileSync(join(dir, 'schedules.json'), '{ torn');
    const damaged = service();
    expect(damaged.schedules.get('oftc:#meet')).toBeNull();
    expect(damaged.warnings[0]).toMatch(/schedules\.json could not be read/);
  });
});

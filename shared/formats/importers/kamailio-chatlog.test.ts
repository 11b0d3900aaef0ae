import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { meetingFromLog } from '../../meeting/meeting-from-log';
import { offsetFromSchedule, zoneFromSchedules } from './common/schedule-zone';
import { importLog, importTable } from './import-log';

const sample = readFileSync(new URL('./samples/kamailio-chatlog.md', import.meta.url));

describe('a Kamailio wiki chat-log page', () => {
  it('is read as a transcript: ## topics, escaped stamps, hard-wrapped messages joined', () => {
    const r = importLog(sample);
    if (!r.ok) throw new Error(r.error.message);
    const log = r.value;
    expect(log.format).toBe('wiki');
    expect(log.lines.filter((l) => l.kind === 'heading').map((l) => l.text)).toEqual([
      'Release 4.2',
      'Documentation',
      'Open Discussion',
    ]);
    expect(log.lines[1]).toMatchObject({
      time: '16:02:11',
      nick: 'miconda',
      text: "hello everyone, let's start -- first topic is the release of 4.2, planned for end of may",
    });
    expect(log.lines.find((l) => l.time === '16:06:41')!.text).toBe(
      'next: the wiki migration -- the old pages are still referenced from the README files in the modules, we need a script to update all the links',
    );
    expect(log.lines.find((l) => l.kind === 'action')).toMatchObject({
      nick: 'oej',
      text: 'is reading the old pages',
    });
    expect(log.lines.filter((l) => l.kind === 'message')).toHaveLength(12);
  });

  it('leaves the zone to be asked: the times are the logger’s, not UTC', () => {
    const r = importLog(sample);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.date).toBe('2014-05-14');
    expect(r.value.timeZone).toBeNull();
    expect(r.value.lines.every((l) => l.at === null)).toBe(true);
    const berlin = importLog(sample, { timeZone: 'Europe/Berlin' });
    if (!berlin.ok) throw new Error(berlin.error.message);
    expect(berlin.value.lines[1]!.at).toBe(Date.UTC(2014, 4, 14, 14, 2, 11));
  });

  it('takes the zone from the agenda page’s UTC time when the user has it', () => {
    expect(offsetFromSchedule('2014-05-14', '16:02:11', Date.UTC(2014, 4, 14, 14, 0))).toBe(
      '+02:00',
    );
    expect(offsetFromSchedule('2019-12-09', '10:02', Date.UTC(2019, 11, 9, 15, 0))).toBe('-05:00');
    expect(offsetFromSchedule('2019-12-09', '10:02', Date.UTC(2019, 11, 12, 15, 0))).toBeNull();
    expect(offsetFromSchedule('2019-13-09', '10:02', 0)).toBeNull();
  });

  it('works out its zone from the starts its channel’s meeting pages state, first that fits', () => {
    const r = importTable(sample);
    if (!r.ok) throw new Error(r.error.message);
    const lastWeek = Date.UTC(2014, 4, 7, 14, 0);
    expect(zoneFromSchedules(r.value, [lastWeek, Date.UTC(2014, 4, 14, 14, 0)])).toBe('+02:00');
    expect(zoneFromSchedules(r.value, [lastWeek])).toBeNull();
    expect(zoneFromSchedules(r.value, [])).toBeNull();
    // A log that states its zone needs none worked out.
    const zoned = importTable(sample, { timeZone: 'UTC' });
    if (!zoned.ok) throw new Error(zoned.error.message);
    expect(zoneFromSchedules(zoned.value, [Date.UTC(2014, 4, 14, 14, 0)])).toBeNull();
  });

  it('gives the meeting its topics', () => {
    const r = importLog(sample, { timeZone: '+02:00' });
    if (!r.ok) throw new Error(r.error.message);
    const m = meetingFromLog(r.value.lines, { channel: '#kamailio', date: r.value.date });
    if (!m.ok) throw new Error(m.error.message);
    expect(m.value.topics.map((t) => t.title)).toEqual([
      'Release 4.2',
      'Documentation',
      'Open Discussion',
    ]);
  });
});

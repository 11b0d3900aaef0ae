import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { meetingFromLog } from '../../meeting/meeting-from-log';
import { testData } from '../../testdata/index';
import { structureOf, structureOfMinutes } from '../../testdata/meetings/structure';
import { importLog } from './import-log';
import { readHtmlMinutes } from './minutes-html';
import { readTextMinutes } from './minutes-text';
import { meetbotMinutes } from './meetbot-minutes';

const minutes = readFileSync(testData('meetbot/fedora-magazine-2020-06-10/minutes.txt'));

describe('MeetBot minutes with no log', () => {
  it('are detected and read: channel, title, date, people present', () => {
    const r = importLog(minutes);
    if (!r.ok) throw new Error(r.error.message);
    const log = r.value;
    expect(log).toMatchObject({
      format: 'meetbot-minutes',
      channel: '#fedora-meeting',
      title: 'Magazine editorial board',
      date: '2020-06-10',
      timeZone: 'UTC',
    });
    expect(log.participants.map((p) => p.nick)).toEqual(
      expect.arrayContaining(['bcotton', 'sysoplab', 'gregbartholomew']),
    );
    expect(log.lines[1]).toMatchObject({
      time: '12:02:48',
      at: Date.UTC(2020, 5, 10, 12, 2, 48),
      nick: 'bcotton',
      text: '#topic Roll call',
    });
  });

  it('rebuild the topics, items and each action’s owners that the minutes list', () => {
    const log = meetbotMinutes.parse(minutes.toString());
    const r = meetingFromLog(log.lines, {
      channel: '#fedora-meeting',
      date: log.date,
      preset: 'fedora',
    });
    if (!r.ok) throw new Error(r.error.message);
    const m = r.value;
    const expected = structureOfMinutes(readTextMinutes(minutes.toString()));
    const actual = structureOf(m);
    expect(actual.topics).toEqual(expected.topics);
    expect(actual.actionsByOwner).toEqual(expected.actionsByOwner);
    expect(m.actions[0]).toMatchObject({
      text: 'sysoplab to edit #184 and #188',
      owners: ['sysoplab'],
    });
  });

  it('are read from the .html page as from the .txt one', () => {
    const page = readFileSync(testData('meetbot/fedora-magazine-2020-06-10/minutes.html'));
    const r = importLog(page);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value).toMatchObject({
      format: 'meetbot-minutes',
      channel: '#fedora-meeting',
      title: 'Magazine editorial board',
      date: '2020-06-10',
    });
    const text = meetbotMinutes.parse(minutes.toString());
    const said = (lines: typeof r.value.lines) => lines.map((l) => [l.nick, l.time, l.text]);
    expect(said(r.value.lines)).toEqual(said(text.lines));
  });

  it('are not taken for a log, and other text is not taken for them', () => {
    const log = readFileSync(testData('meetbot/fedora-magazine-2020-06-10/log.txt'));
    const r = importLog(log);
    expect(r.ok && r.value.format).toBe('meetbot');
    expect(meetbotMinutes.detect(['Meeting summary', 'hello', 'world', 'foo'])).toBe(0);
  });
});

describe('HCoop Meetbot minutes with no log', () => {
  const page = readFileSync(new URL('./samples/hcoop-minutes.html', import.meta.url));

  it('are read with their date, offset, commands and attendees', () => {
    const r = importLog(page);
    if (!r.ok) throw new Error(r.error.message);
    const log = r.value;
    expect(log).toMatchObject({
      format: 'meetbot-minutes',
      preset: 'hcoop',
      date: '2021-04-12',
      timeZone: '-05:00',
    });
    expect(log.participants.map((p) => p.nick)).toEqual(
      expect.arrayContaining(['[ken', '[m]', 'pronovic', 'unknown_lamer']),
    );
    expect(log.lines.map((l) => l.text)).toEqual(
      expect.arrayContaining(['#motion the motion', '#vote +1', '#vote -1']),
    );
    const m = meetingFromLog(log.lines, { channel: '#hcoop', date: log.date, preset: 'hcoop' });
    if (!m.ok) throw new Error(m.error.message);
    expect(m.value.topics.map((t) => t.title)).toEqual([
      'Prologue',
      'Attendance',
      'The first topic',
      'The second topic',
      'The third topic',
    ]);
    expect(m.value.votes[0]).toMatchObject({
      question: 'the motion',
      votes: { pronovic: '+1', unknown_lamer: '+1', layline: '-1' },
      result: 'Motion accepted: 2 in favor to 1 opposed',
    });
    expect(m.value.actions.map((a) => a.text)).toContain("<script>alert('malicious')</script>");
    expect(Date.parse(m.value.startedAt!)).toBe(Date.UTC(2021, 3, 13, 2, 6, 12));
  });

  it('give each action the attendees the page lists it under, aliases from `(aka …)` included', () => {
    const r = importLog(page);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.participants).toContainEqual({ nick: 'pronovic', name: '', alias: 'Pronovici' });
    const m = meetingFromLog(r.value.lines, {
      channel: '#hcoop',
      date: r.value.date,
      preset: 'hcoop',
    });
    if (!m.ok) throw new Error(m.error.message);
    const byOwner = new Map<string, string[]>();
    for (const a of m.value.actions) {
      for (const o of a.owners) byOwner.set(o, [...(byOwner.get(o) ?? []), a.text]);
    }
    const listed = readHtmlMinutes(page.toString()).actionsByPerson;
    expect([...byOwner].sort()).toEqual(listed.map((p) => [p.nick, p.actions]).sort());
    expect(byOwner.get('pronovic')).toEqual(['pronovici will deal with it']);
  });
});

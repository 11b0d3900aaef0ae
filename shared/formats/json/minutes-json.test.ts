import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportedLog } from '../../domain/imported';
import { meetingFromLog } from '../../meeting/meeting-from-log';
import { lineMaker } from '../../meeting/test-lines';
import { parseMeetbotLog } from '../importers/meetbot-log';
import { MINUTES_SCHEMA, minutesJson, minutesJsonText } from './minutes-json';
import { testData } from '../../testdata/index';

const FIXTURE = testData('meetbot/fedora-magazine-2020-06-10/log.txt');

function magazine() {
  const r = meetingFromLog(parseMeetbotLog(readFileSync(FIXTURE, 'utf8')), {
    channel: '#fedora-meeting',
    date: '2020-06-10',
    preset: 'fedora',
  });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('minutesJson', () => {
  const json = minutesJson(magazine());

  it('has the gavel.minutes/1 keys in order', () => {
    expect(Object.keys(json)).toEqual([
      'schema',
      'meeting',
      'source',
      'topics',
      'actions',
      'votes',
      'people',
      'agenda',
      'participants',
    ]);
    expect(json.schema).toBe(MINUTES_SCHEMA);
    expect(Object.keys(json.meeting)).toEqual([
      'name',
      'channel',
      'startedAt',
      'endedAt',
      'startedBy',
      'chairs',
    ]);
    expect(Object.keys(json.topics[1]!)).toEqual(['title', 'nick', 'time', 'items']);
    expect(Object.keys(json.topics[1]!.items[0]!)).toEqual(['type', 'nick', 'text', 'time']);
    expect(Object.keys(json.actions[0]!)).toEqual(['text', 'nick', 'time', 'owners']);
  });

  it('describes the Fedora magazine meeting', () => {
    expect(json.meeting).toEqual({
      name: 'Magazine editorial board',
      channel: '#fedora-meeting',
      startedAt: '2020-06-10T12:02:26Z',
      endedAt: '2020-06-10T13:00:23Z',
      startedBy: 'bcotton',
      chairs: [
        'asamalik',
        'bcotton',
        'cverna',
        'gregbartholomew',
        'jakfrost',
        'misc',
        'rwaltr',
        'ryanlerch',
        'stickster',
        'sub_pop',
      ],
    });
    expect(json.source).toEqual({ format: null, lines: 270 });
    expect(json.topics).toHaveLength(12);
    expect(json.topics[1]!.items[0]).toEqual({
      type: 'link',
      nick: 'bcotton',
      text: 'https://docs.fedoraproject.org/en-US/fedora-magazine/workflow/',
      time: '12:06:12',
    });
    expect(json.actions.map((a) => a.owners)).toEqual([
      ['sysoplab'],
      ['bcotton'],
      ['gregbartholomew'],
      ['bcotton'],
      ['bcotton'],
      ['asamalik'],
      ['asamalik'],
      ['bcotton'],
    ]);
    expect(json.people.slice(0, 2)).toEqual([
      { nick: 'bcotton', lines: 136 },
      { nick: 'sysoplab', lines: 52 },
    ]);
    expect(json.agenda).toEqual([]);
    expect(json.participants).toEqual([]);
  });

  it('takes agenda, participants and format from an imported page', () => {
    const { say } = lineMaker(19 * 3600);
    const lines = [say('ann', 'hello'), say('ann', '#topic \x02Bold\x02 item')];
    const imported: ImportedLog = {
      format: 'kamailio-page',
      lines,
      channel: '#kamailio',
      date: '2012-01-31',
      timeZone: '-04:00',
      title: 'Kamailio devel meeting',
      place: null,
      agenda: [
        {
          title: 'Release',
          owners: ['ann'],
          timebox: 10,
          items: [{ title: 'Dates', owners: [], timebox: null, items: [] }],
        },
      ],
      participants: [{ nick: 'ann', name: 'Ann Example' }],
    };
    const r = meetingFromLog(lines, {
      channel: '#kamailio',
      date: '2012-01-31',
      timeZone: '-04:00',
    });
    if (!r.ok) throw new Error(r.error.message);
    const j = minutesJson(r.value, imported);
    expect(j.meeting.name).toBe('Kamailio devel meeting');
    expect(j.meeting.startedAt).toBe('2012-01-31T19:00:00-04:00');
    expect(j.source).toEqual({ format: 'kamailio-page', lines: 2 });
    expect(j.topics[0]!.title).toBe('Bold item');
    expect(j.agenda).toEqual(imported.agenda);
    expect(j.participants).toEqual(imported.participants);
  });

  it('is written as indented JSON ending with a newline', () => {
    const text = minutesJsonText(magazine());
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(json);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../domain/imported';
import { meetingFromLog } from '../../meeting/meeting-from-log';
import { lineMaker } from '../../meeting/test-lines';
import { parseMeetbotLog } from '../importers/meetbot-log';
import { meetingOf } from '../markdown/testing/meeting-of';
import { linesPerPerson, topicDurations } from './chart-data';
import { testData } from '../../testdata/index';

const FIXTURE = testData('meetbot/fedora-magazine-2020-06-10/');
const read = (name: string) => readFileSync(new URL(name, FIXTURE), 'utf8');
const magazine = (() => {
  const r = meetingFromLog(parseMeetbotLog(read('log.txt')), {
    channel: '#fedora-meeting',
    date: '2020-06-10',
    preset: 'fedora',
  });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
})();
const agenda = (title: string, timebox: number | null, items: AgendaItem[] = []): AgendaItem => ({
  title,
  owners: [],
  timebox,
  items,
});

describe('linesPerPerson', () => {
  it('gives the counts zodbot printed under "People present"', () => {
    const printed = [...read('minutes.txt').matchAll(/^\* (\S+) \((\d+)\)$/gm)].map((m) => ({
      nick: m[1],
      lines: Number(m[2]),
    }));
    expect(printed.length).toBeGreaterThan(5);
    expect(linesPerPerson(magazine)).toEqual(printed);
  });
});

describe('topicDurations', () => {
  it('measures each topic from its #topic line to the next, the last to #endmeeting', () => {
    const durations = topicDurations(magazine);
    const topics = [
      ...read('log.txt').matchAll(/^(\d\d):(\d\d):(\d\d) <bcotton> #(?:topic (.*)|endmeeting)$/gm),
    ];
    const at = (m: RegExpMatchArray) => Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) / 60;
    expect(durations.map((d) => d.title)).toEqual(topics.slice(0, -1).map((m) => m[4]));
    durations.forEach((d, i) =>
      expect(d.actualMin).toBeCloseTo(at(topics[i + 1]!) - at(topics[i]!), 6),
    );
    expect(durations[0]).toEqual({
      title: 'Roll call',
      plannedMin: null,
      actualMin: (3 * 60 + 23) / 60,
    });
  });

  it('matches planned minutes by title, from a map or a nested agenda, and lists what was never reached', () => {
    const fromMap = topicDurations(
      magazine,
      new Map([
        ['roll  CALL', 5],
        ['Budget', 10],
      ]),
    );
    expect(fromMap[0]!.plannedMin).toBe(5);
    expect(fromMap.at(-1)).toEqual({ title: 'Budget', plannedMin: 10, actualMin: null });
    const fromAgenda = topicDurations(magazine, [
      agenda('Editorial', null, [agenda('Discourse move', 15), agenda('Roll call', 2)]),
      agenda('Infographic request', null),
    ]);
    expect(
      fromAgenda.filter((d) => d.plannedMin !== null).map((d) => [d.title, d.plannedMin]),
    ).toEqual([
      ['Roll call', 2],
      ['Discourse move', 15],
    ]);
    expect(fromAgenda).toHaveLength(magazine.topics.length);
  });

  it('counts the time before the first topic, and wraps clock times past midnight', () => {
    const { say } = lineMaker();
    const meeting = meetingOf(
      [
        say('chair', '#startmeeting late one', '23:50:00'),
        say('chair', '#info before any topic', '23:51:00'),
        say('chair', '#topic After midnight', '23:58:00'),
        say('chair', '#endmeeting', '00:10:30'),
      ],
      { channel: '#gavel' },
    );
    expect(topicDurations(meeting)).toEqual([
      { title: null, plannedMin: null, actualMin: 8 },
      { title: 'After midnight', plannedMin: null, actualMin: 12.5 },
    ]);
  });
});

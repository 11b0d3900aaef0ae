import { describe, expect, it } from 'vitest';
import type { LogLine } from '../domain/line';
import { generationShown } from './bot';
import { meetingFromLog } from './meeting-from-log';
import type { MeetingOptions } from './options';
import { lineMaker } from './test-lines';

const { say } = lineMaker();

function people(lines: LogLine[], extra: Partial<MeetingOptions> = {}) {
  const r = meetingFromLog(lines, { channel: '#m', preset: 'ubuntu', ...extra });
  if (!r.ok) throw new Error(r.error.message);
  return Object.fromEntries(r.value.people.map((p) => [p.nick, p.lines]));
}

const meeting = (banner: string, commands: string) => [
  say('chair', '#startmeeting'),
  say('meetingology', banner),
  say('meetingology', commands),
  say('chair', '#endmeeting'),
];
const OLD = 'Meeting started Tue Oct  8 16:18:28 2019 UTC.  The chair is chair.';
const NEW = 'Meeting started at 17:19:08 UTC.  The chair is chair.';

describe('which meetingology kept the log', () => {
  it('tell the generations apart by the banner and by how the commands are listed', () => {
    expect(generationShown(OLD)).toBe('0.1.5');
    expect(generationShown(NEW)).toBe('0.4.0');
    expect(generationShown('Available commands: #accept #action #agree')).toBe('0.1.5');
    // ubottu's 0.1.5 of 2015-2020 listed them without `#` and without commas.
    expect(generationShown('Available commands: action commands idea info link nick')).toBe(
      '0.1.5',
    );
    expect(generationShown('Available commands: action, commands, idea, info')).toBe('0.4.0');
  });

  it('count 0.1.5’s own lines among the people present, and leave 0.4.0’s out', () => {
    const listed = 'Available commands: action commands idea info link nick';
    expect(people(meeting(OLD, listed))).toEqual({ chair: 2, meetingology: 2 });
    expect(people(meeting(NEW, 'Available commands: action, commands'))).toEqual({ chair: 2 });
  });

  it('count 0.4.0’s own lines when the deployment says it counted them (before July 2021)', () => {
    const lines = meeting(NEW, 'Available commands: action, commands');
    expect(people(lines, { botCounted: true })).toEqual({ chair: 2, meetingology: 2 });
    expect(people(meeting(OLD, 'x'), { botCounted: false })).toEqual({ chair: 2 });
  });
});

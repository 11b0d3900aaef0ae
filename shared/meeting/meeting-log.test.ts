import { describe, expect, it } from 'vitest';
import { LineTable } from '../domain/line-table';
import type { MeetingLogLine } from '../domain/meeting';
import { meetingFromLog } from './meeting-from-log';
import { meetingLog, MeetingLog } from './meeting-log';
import { lineMaker } from './test-lines';
import { finish } from './finish';
import { initialState } from './state';
import { resolveOptions } from './options';
import { step } from './step';

function folded() {
  const { say, me } = lineMaker();
  const lines = [
    say('alice', '#startmeeting Weekly'),
    me('bob', 'waves'),
    say('alice', '#endmeeting'),
  ];
  const m = meetingFromLog(lines, { channel: '#c', date: '2024-03-01' });
  if (!m.ok) throw new Error(m.error.message);
  return m.value;
}

describe('MeetingLog', () => {
  it('keeps lines as columns and gives them back as objects, numbered from 1', () => {
    const log = new MeetingLog();
    log.push('12:00:01', 5, 'message', 'ann', 'hi');
    log.push('12:00:02', null, 'action', 'bob', 'waves');
    const expected: MeetingLogLine[] = [
      { n: 1, time: '12:00:01', at: 5, kind: 'message', nick: 'ann', text: 'hi' },
      { n: 2, time: '12:00:02', at: null, kind: 'action', nick: 'bob', text: 'waves' },
    ];
    expect(log.length).toBe(2);
    expect(log.lines()).toEqual(expected);
    expect(log.lines(1)).toEqual(expected.slice(0, 1));
  });

  it('keeps the row of a table line logged as read, and the text of any other', () => {
    const { say } = lineMaker();
    const table = LineTable.fromLines([say('ann', 'as read'), say('ann', '  padded  ')]);
    const other = LineTable.fromLines([say('bob', 'elsewhere')]);
    const log = new MeetingLog();
    log.readFrom(table, 0, table.text(0));
    log.push('12:00:01', null, 'message', 'ann', table.text(0));
    log.readFrom(table, 1, table.text(1));
    log.push('12:00:02', null, 'message', 'ann', 'padded');
    log.readFrom(other, 0, other.text(0));
    log.push('12:00:03', null, 'message', 'bob', other.text(0));
    log.push('12:00:04', null, 'message', 'bob', 'said live');
    expect(log.lines().map((l) => l.text)).toEqual(['as read', 'padded', 'elsewhere', 'said live']);
  });
});

describe('a finished meeting', () => {
  it('reads, spreads and serialises its log as plain lines', () => {
    const meeting = folded();
    expect(meeting.log.map((l) => [l.n, l.kind, l.nick, l.text])).toEqual([
      [1, 'message', 'alice', '#startmeeting Weekly'],
      [2, 'action', 'bob', 'waves'],
      [3, 'message', 'alice', '#endmeeting'],
    ]);
    const copy = JSON.parse(JSON.stringify(meeting)) as typeof meeting;
    expect(copy).toEqual({ ...meeting });
    expect(Object.keys(meeting)).toEqual(Object.keys(copy));
    expect(Object.keys(meeting).indexOf('log')).toBe(Object.keys(meeting).indexOf('nickOrder') + 1);
  });

  it('lets the log writers read the columns, and a log set later wins', () => {
    const meeting = folded();
    const view = meetingLog(meeting);
    expect([view.length, view.n(1), view.kind(1), view.nick(1), view.text(1)]).toEqual([
      3,
      2,
      'action',
      'bob',
      'waves',
    ]);
    meeting.log = meeting.log.slice(0, 1);
    expect(meetingLog(meeting).length).toBe(1);
    expect(meetingLog({ ...folded() }).line(2)).toMatchObject({ n: 3, text: '#endmeeting' });
  });

  it('is a snapshot: lines stepped after finish are not in it', () => {
    const options = resolveOptions({ channel: '#c', date: '2024-03-01' });
    if (!options.ok) throw new Error(options.error.message);
    const state = initialState({ ...options.value, implicitStart: true });
    const { say } = lineMaker();
    step(state, say('ann', 'one'));
    const snapshot = finish(state);
    step(state, say('ann', 'two'));
    expect(meetingLog(snapshot).length).toBe(1);
    expect(snapshot.log.map((l) => l.text)).toEqual(['one']);
    const now = finish(state).log;
    expect(now.map((l) => l.text)).toEqual(['one', 'two']);
    // Snapshots share the lines' objects, as they always did.
    expect(now[0]).toBe(snapshot.log[0]);
  });
});

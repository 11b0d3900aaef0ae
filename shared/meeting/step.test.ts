import { describe, expect, it } from 'vitest';
import type { LogLine } from '../domain/line';
import type { PresetId } from '../domain/meeting';
import { finish } from './finish';
import { meetingFromLog } from './meeting-from-log';
import { resolveOptions } from './options';
import { initialState } from './state';
import { step } from './step';
import { lineMaker } from './test-lines';

function fold(lines: LogLine[], preset: PresetId = 'meetbot', extra: { botNick?: string } = {}) {
  const r = meetingFromLog(lines, { channel: '#test', date: '2024-03-01', preset, ...extra });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const { say, me, other } = lineMaker();

describe('commands', () => {
  it('are read only at the start of a line, in any case', () => {
    const m = fold([
      say('alice', '#startmeeting Weekly'),
      say('alice', '#INFO upper case works'),
      say('bob', 'see #info in the middle'),
      say('bob', ' #info a leading space is talk'),
      say('bob', '#12345 and #channel are not commands'),
      say('alice', '#endmeeting'),
    ]);
    expect(m.items.map((i) => [i.type, i.text])).toEqual([['info', 'upper case works']]);
  });

  it('keep chair-only commands for chairs and let the starter add and remove chairs', () => {
    const m = fold([
      say('alice', '#startmeeting'),
      say('bob', '#topic bob is not a chair'),
      say('bob', '#agreed neither here'),
      say('alice', '#chair bob, carol'),
      say('bob', '#topic now bob is'),
      say('alice', '#unchair bob alice'),
      say('bob', '#topic no longer'),
      say('alice', '#topic alice stays a chair'),
      say('carol', '#endmeeting'),
    ]);
    expect(m.items.map((i) => i.text)).toEqual(['now bob is', 'alice stays a chair']);
    expect(m.chairs).toEqual(['alice', 'carol']);
    expect(m.ended).toBe(true);
  });

  it('#undo removes the last item whatever its type, and can be repeated', () => {
    const m = fold([
      say('alice', '#startmeeting'),
      say('alice', '#topic one'),
      say('bob', '#action bob to write'),
      say('alice', '#topic two'),
      say('bob', '#undo'),
      say('alice', '#undo'),
      say('alice', '#info kept'),
      say('alice', '#endmeeting'),
    ]);
    expect(m.items.map((i) => [i.type, i.text])).toEqual([
      ['topic', 'one'],
      ['action', 'bob to write'],
      ['info', 'kept'],
    ]);
  });

  it('sets the meeting name and title', () => {
    const m = fold([
      say('alice', '#startmeeting  Infra  Weekly '),
      say('bob', '#meetingname Infra   Team'),
      say('alice', '#meetingtopic Infrastructure'),
      say('alice', '#endmeeting'),
    ]);
    expect(m.title).toBe('Infrastructure');
    expect(m.name).toBe('infra_team');
  });

  it('takes a line starting with a URL as a link, but not a URL later in the line', () => {
    const m = fold([
      say('alice', '#startmeeting'),
      say('bob', 'https://example.org/agenda the agenda'),
      say('bob', 'agenda at https://example.org/'),
      say('alice', '#link irc://irc.libera.chat/#gavel channel'),
      say('alice', '#endmeeting'),
    ]);
    expect(m.items.map((i) => [i.type, i.nick, i.text])).toEqual([
      ['link', 'bob', 'https://example.org/agenda the agenda'],
      ['link', 'alice', 'irc://irc.libera.chat/#gavel channel'],
    ]);
  });

  it('treats #nick names as owners with no lines said', () => {
    const m = fold([
      say('alice', '#startmeeting'),
      say('alice', '#nick dave,erin'),
      say('alice', '#action dave and Erin to review'),
      say('alice', '#endmeeting'),
    ]);
    expect(m.people).toContainEqual({ nick: 'dave', lines: 0 });
    expect(m.actions[0]!.owners).toEqual(['dave', 'erin']);
  });
});

describe('the meeting log', () => {
  it('runs from #startmeeting to #endmeeting and counts every line said, the bot’s included', () => {
    const m = fold(
      [
        say('bob', 'before the meeting'),
        say('alice', '#startmeeting'),
        say('meetbot', 'Meeting started'),
        me('bob', 'waves'),
        other('join', 'carol', ''),
        other('notice', 'carol', 'a notice'),
        say('meetbot', '#topic the bot is never obeyed'),
        say('alice', '#endmeeting'),
        say('bob', 'after the meeting'),
      ],
      'meetbot',
      { botNick: 'meetbot' },
    );
    expect(m.log.map((l) => `${l.kind} ${l.nick} ${l.text}`)).toEqual([
      'message alice #startmeeting',
      'message meetbot Meeting started',
      'action bob waves',
      'message meetbot #topic the bot is never obeyed',
      'message alice #endmeeting',
    ]);
    expect(m.items).toEqual([]);
    expect(m.people).toEqual([
      { nick: 'meetbot', lines: 2 },
      { nick: 'alice', lines: 2 },
      { nick: 'bob', lines: 1 },
    ]);
    expect(m.sourceLines).toBe(9);
  });

  it('ignores a second #startmeeting without logging it', () => {
    const m = fold([
      say('alice', '#startmeeting'),
      say('bob', '#startmeeting mine'),
      say('alice', '#endmeeting'),
    ]);
    expect(m.log).toHaveLength(2);
    expect(m.startedBy).toBe('alice');
  });

  it('needs a meeting name to start with the Fedora preset', () => {
    const m = fold(
      [say('alice', '#startmeeting'), say('bob', '#startmeeting Real'), say('bob', '#endmeeting')],
      'fedora',
    );
    expect(m.startedBy).toBe('bob');
    expect(m.name).toBe('real');
  });

  it('is one meeting over the whole file when nobody said #startmeeting', () => {
    const m = fold([
      say('carol', 'hello'),
      other('heading', '', 'First topic'),
      say('dave', '#info dave may use any command'),
      say('dave', '#topic second'),
    ]);
    expect(m.startedBy).toBe('carol');
    expect(m.topics.map((t) => [t.title, t.items.length])).toEqual([
      ['First topic', 1],
      ['second', 0],
    ]);
    expect(m.ended).toBe(false);
    expect(m.end?.time).toBe(m.log[m.log.length - 1]!.time);
  });

  it('puts items before the first topic into a topic without title', () => {
    const m = fold([
      say('a', '#startmeeting'),
      say('a', '#info early'),
      say('a', '#topic t'),
      say('a', '#endmeeting'),
    ]);
    expect(m.topics.map((t) => t.title)).toEqual([null, 't']);
  });

  it('dates the start and the end, crossing midnight and honouring the time zone', () => {
    const lines = [
      say('a', '#startmeeting', '23:59:00'),
      say('a', 'late', '23:59:30'),
      say('a', '#endmeeting', '00:10:00'),
    ];
    const r = meetingFromLog(lines, {
      channel: '#t',
      date: '2024-03-30',
      timeZone: 'Europe/Berlin',
    });
    expect(r.ok && [r.value.startedAt, r.value.endedAt]).toEqual([
      '2024-03-30T23:59:00+01:00',
      '2024-03-31T00:10:00+01:00',
    ]);
    const utc = meetingFromLog(lines, { channel: '#t' });
    expect(utc.ok && utc.value.startedAt).toBeNull();
  });
});

describe('a live meeting', () => {
  it('can be fed line by line and looked at any time', () => {
    const opts = resolveOptions({ channel: '#live', preset: 'ubuntu' });
    if (!opts.ok) throw new Error(opts.error.message);
    const state = initialState(opts.value);
    step(state, say('alice', '#startmeeting Live'));
    step(state, say('alice', '[TOPIC] brackets work in meetingology'));
    expect(finish(state).topics.map((t) => t.title)).toEqual(['brackets work in meetingology']);
    step(state, say('alice', '   #info leading spaces are fine there'));
    expect(finish(state).items).toHaveLength(2);
  });
});

describe('a local note', () => {
  it('records the command without a log line or a line said', () => {
    const m = fold([
      say('alice', '#startmeeting'),
      { ...say('alice', '#info noted quietly'), local: true } as LogLine,
      say('bob', 'hi'),
      say('alice', '#endmeeting'),
    ]);
    expect(m.items.map((i) => [i.text, i.line])).toEqual([['noted quietly', 2]]);
    expect(m.log.map((l) => l.text)).toEqual(['#startmeeting', 'hi', '#endmeeting']);
    expect(m.people).toContainEqual({ nick: 'alice', lines: 2 });
  });
});

describe('options', () => {
  it('are checked with a clear message', () => {
    const bad = [
      { channel: '#c', date: '2024-02-30' },
      { channel: '#c', date: '30/01/2024' },
      { channel: '#c', timeZone: 'Mars/Olympus' },
      { channel: '#c', preset: 'zodbot' as PresetId },
      { channel: ' ' },
    ];
    for (const o of bad) {
      const r = meetingFromLog([], o);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('bad-option');
    }
  });
});

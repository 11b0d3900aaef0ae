import { describe, expect, it } from 'vitest';
import type { LogLine } from '../../../../shared/domain/line';
import { ROLL_CALL_LINE } from '../../../../shared/domain/roll-call';
import type { JournalLine } from './meeting-fold';
import { peopleViews, presenceOf } from './project-people';
import { rollCallOf } from './project-roll-call';

let at = 0;
const line = (kind: LogLine['kind'], nick: string, text = ''): JournalLine => {
  at += 1000;
  return { i: at, line: { at, time: '', kind, nick, text, seq: at, channel: '#m', self: false } };
};

describe('presence', () => {
  it('follows joins, parts, quits, kicks and nick changes, one person across nicks', () => {
    at = 0;
    const lines = [
      line('message', 'amy', 'hi'),
      line('join', 'bob'),
      line('nick', 'bob', 'bobby'),
      line('join', 'cat'),
      line('kick', 'amy', 'cat flooding'),
      line('quit', 'amy', 'bye'),
      line('join', 'amy'),
    ];
    expect(Object.fromEntries(presenceOf(lines))).toEqual({
      amy: { aliases: [], present: true, joinedAt: 7000, leftAt: null },
      bobby: { aliases: ['bob'], present: true, joinedAt: 2000, leftAt: null },
      cat: { aliases: [], present: false, joinedAt: 4000, leftAt: 5000 },
    });
  });

  it('counts everyone in the channel at the start as present, silent or not', () => {
    at = 0;
    const presence = presenceOf([line('part', 'dan')], ['chair', 'dan', 'eve']);
    expect([...presence].map(([nick, p]) => [nick, p.present])).toEqual([
      ['chair', true],
      ['dan', false],
      ['eve', true],
    ]);
  });

  it('lists counted people first, then others seen, with names', () => {
    at = 0;
    const lines = [line('join', 'dan'), line('message', 'amy', 'x')];
    const views = peopleViews(
      [
        { nick: 'amy', lines: 1 },
        { nick: 'zed', lines: 0 },
      ],
      lines,
      (n) => (n === 'amy' ? 'Amy A.' : null),
      ['eve'],
    );
    expect(views.map((p) => [p.nick, p.name, p.lines, p.present])).toEqual([
      ['amy', 'Amy A.', 1, true],
      ['zed', null, 0, false],
      ['eve', null, 0, true],
      ['dan', null, 0, true],
    ]);
  });

  it('keeps a nick change as one row, with the lines said under both nicks and the old name', () => {
    at = 0;
    const lines = [
      line('message', 'ibc', 'a'),
      line('nick', 'ibc', 'ibc_away'),
      line('message', 'ibc_away', 'b'),
    ];
    const views = peopleViews(
      [
        { nick: 'ibc', lines: 1 },
        { nick: 'ibc_away', lines: 1 },
      ],
      lines,
      (n) => (n === 'ibc' ? 'I. B. C.' : null),
      ['ibc', 'chair'],
    );
    expect(views.map((p) => [p.nick, p.aliases, p.name, p.lines, p.present])).toEqual([
      ['ibc_away', ['ibc'], 'I. B. C.', 2, true],
      ['chair', [], null, 0, true],
    ]);
  });
});

describe('roll call', () => {
  it('is null until someone calls one', () => {
    at = 0;
    expect(rollCallOf([line('message', 'amy', 'hello')])).toBeNull();
    expect(rollCallOf([line('message', 'amy', 'roll call was quick last week')])).toBeNull();
  });

  it('marks who said anything after the last call, under the nick they have now', () => {
    at = 0;
    const lines = [
      line('message', 'chair', ROLL_CALL_LINE),
      line('message', 'amy', 'too early'),
      line('message', 'chair', ROLL_CALL_LINE),
      line('message', 'chair', 'anyone?'),
      line('action', 'bob', 'waves'),
      line('message', 'ibc', 'o/'),
      line('nick', 'ibc', 'ibc_away'),
      line('join', 'cat'),
    ];
    expect(rollCallOf(lines)).toEqual({ at: 3000, by: 'chair', answered: ['bob', 'ibc_away'] });
  });
});

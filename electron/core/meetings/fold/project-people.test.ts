import { describe, expect, it } from 'vitest';
import type { LogLine } from '../../../../shared/domain/line';
import type { JournalLine } from './meeting-fold';
import { peopleViews, presenceOf } from './project-people';

let at = 0;
const line = (kind: LogLine['kind'], nick: string, text = ''): JournalLine => {
  at += 1000;
  return { i: at, line: { at, time: '', kind, nick, text, seq: at, channel: '#m', self: false } };
};

describe('presence', () => {
  it('follows joins, parts, quits, kicks and nick changes', () => {
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
      amy: { present: true, joinedAt: 7000, leftAt: null },
      bob: { present: false, joinedAt: 2000, leftAt: 3000 },
      bobby: { present: true, joinedAt: 2000, leftAt: null },
      cat: { present: false, joinedAt: 4000, leftAt: 5000 },
    });
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
    );
    expect(views.map((p) => [p.nick, p.name, p.lines, p.present])).toEqual([
      ['amy', 'Amy A.', 1, true],
      ['zed', null, 0, false],
      ['dan', null, 0, true],
    ]);
  });
});

import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { LogLine } from '../../domain/line';
import { parseMeetbotLine, parseMeetbotLineAt } from './meetbot-log';

// MeetBot's replay expressions as written in its source, the reference for the one-pass parser.
const MESSAGE_RE = /^\[?([0-9:]*)\]? *<[@+]?([^>]+)> ?(.*)$/s;
const ACTION_RE = /^\[?([0-9:]*)\]? *\* (\S+) ?(.*)$/s;
const STAMP_RE = /^\d{1,2}:\d{2}(:\d{2})?$/;

function byExpressions(raw: string): LogLine | null {
  const m = MESSAGE_RE.exec(raw);
  if (m && STAMP_RE.test(m[1]!))
    return { at: null, time: m[1]!, kind: 'message', nick: m[2]!, text: m[3]! };
  const a = ACTION_RE.exec(raw);
  if (a && STAMP_RE.test(a[1]!))
    return { at: null, time: a[1]!, kind: 'action', nick: a[2]!, text: a[3]! };
  return null;
}

// Stamps well and badly formed, then what may follow them.
const HEADS = [
  '12:00:01 ',
  '[1:02] ',
  '12:00 ',
  '1:2:3 ',
  '',
  '12:00:01',
  '[12:00:01]  ',
  '123:00:00 ',
  '12:00:0 ',
];
const MARKS = ['<', '<@', '<+', '* ', '*', '*  ', '', 'x'];
// Characters that matter to the expressions, and a few that do not.
const PIECES = [
  '1',
  '2',
  '0',
  '9',
  ':',
  '[',
  ']',
  ' ',
  '  ',
  '<',
  '>',
  '@',
  '+',
  '*',
  'a',
  'Z',
  '\t',
  '\u00a0',
  '\u2028',
  '\u3000',
  '\ufeff',
  'é',
  '\n',
  '12:00:00',
  '1:02',
  '<nick>',
  '* me ',
];

describe('parseMeetbotLine', () => {
  it('reads messages, actions and bracketed stamps', () => {
    expect(parseMeetbotLine('12:00:01 <@bob> hi there')).toEqual({
      at: null,
      time: '12:00:01',
      kind: 'message',
      nick: 'bob',
      text: 'hi there',
    });
    expect(parseMeetbotLine('[9:05] * ann waves')).toEqual({
      at: null,
      time: '9:05',
      kind: 'action',
      nick: 'ann',
      text: 'waves',
    });
    expect(parseMeetbotLine('12:00:01 <@> x')).toMatchObject({ nick: '@', text: 'x' });
    expect(parseMeetbotLine('123:00 <a> x')).toBeNull();
    expect(parseMeetbotLine('12:00:01 <> x')).toBeNull();
    expect(parseMeetbotLine('12:00:01 *  ann waves')).toBeNull();
  });

  test.prop(
    [
      fc.constantFrom(...HEADS),
      fc.constantFrom(...MARKS),
      fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }),
    ],
    { numRuns: 3000 },
  )('agrees with MeetBot’s expressions on any line', (head, mark, pieces) => {
    const raw = head + mark + pieces.join('');
    expect(parseMeetbotLine(raw)).toEqual(byExpressions(raw));
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 30 })])('agrees on arbitrary text', (raw) => {
    expect(parseMeetbotLine(raw)).toEqual(byExpressions(raw));
  });

  test.prop([
    fc.array(
      fc.tuple(
        fc.constantFrom(...HEADS),
        fc.constantFrom(...MARKS),
        fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }),
      ),
      { maxLength: 6 },
    ),
  ])('reads a line in place as it reads the line on its own', (lines) => {
    const text = lines.map(([head, mark, pieces]) => head + mark + pieces.join('')).join('\n');
    let start = 0;
    for (const line of text.split('\n')) {
      expect(parseMeetbotLineAt(text, start, start + line.length)).toEqual(parseMeetbotLine(line));
      start += line.length + 1;
    }
  });
});

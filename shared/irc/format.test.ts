import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { parseFormatting, stripFormatting } from './format';

describe('stripFormatting', () => {
  it.each([
    ['\x02bold\x02 text', 'bold text'],
    ['\x0304red\x03 plain', 'red plain'],
    ['\x034,12two colours', 'two colours'],
    ['\x0312,text', ',text'],
    ['\x03,05comma first', ',05comma first'],
    ['\x03123 three digits', '3 three digits'],
    ['\x04FF0000hex\x04 done', 'hex done'],
    ['\x04ff0000,00ff00both', 'both'],
    ['\x04abc short hex', 'abc short hex'],
    [
      '\x1ditalic\x1d \x1fline\x1f \x1estrike\x1e \x11mono\x11 \x16rev\x16\x0f',
      'italic line strike mono rev',
    ],
    ['03[22:10] <nick> hi', '03[22:10] <nick> hi'],
    ['\x0303[22:10] <nick> hi', '[22:10] <nick> hi'],
  ])('%j -> %j', (input, expected) => {
    expect(stripFormatting(input)).toBe(expected);
  });

  it('keeps other control characters and text', () => {
    expect(stripFormatting('a\x01ACTION b\x01\tc')).toBe('a\x01ACTION b\x01\tc');
  });
});

describe('parseFormatting', () => {
  it('gives one plain span for plain text', () => {
    expect(parseFormatting('hello')).toEqual([
      {
        text: 'hello',
        bold: false,
        italic: false,
        underline: false,
        strike: false,
        monospace: false,
        reverse: false,
        fg: null,
        bg: null,
      },
    ]);
  });

  it('toggles styles and resets with \\x0f', () => {
    const spans = parseFormatting('a\x02b\x1dc\x02d\x0fe');
    expect(spans.map((s) => [s.text, s.bold, s.italic])).toEqual([
      ['a', false, false],
      ['b', true, false],
      ['c', true, true],
      ['d', false, true],
      ['e', false, false],
    ]);
  });

  it('reads palette and hex colours, keeping the background when only fg changes', () => {
    const spans = parseFormatting('\x034,2x\x037y\x03z\x04ff8800,000000w\x0399,99v');
    expect(spans.map((s) => [s.text, s.fg, s.bg])).toEqual([
      ['x', 4, 2],
      ['y', 7, 2],
      ['z', null, null],
      ['w', '#FF8800', '#000000'],
      ['v', null, null],
    ]);
  });

  it('marks underline, strike, monospace and reverse', () => {
    const [span] = parseFormatting('\x1f\x1e\x11\x16x');
    expect(span).toMatchObject({ underline: true, strike: true, monospace: true, reverse: true });
  });

  it('drops empty spans between adjacent codes', () => {
    expect(parseFormatting('\x02\x02\x03\x0f')).toEqual([]);
  });
});

const codes = fc.constantFrom(
  '\x02',
  '\x03',
  '\x034',
  '\x0312,05',
  '\x04',
  '\x04a0b1c2',
  '\x0f',
  '\x11',
  '\x16',
  '\x1d',
  '\x1e',
  '\x1f',
  ',',
  '9',
);
const formatted = fc
  .array(fc.oneof(codes, fc.string({ maxLength: 8 })), { maxLength: 30 })
  .map((parts) => parts.join(''));

describe('properties', () => {
  test.prop([formatted])('spans concatenate to the stripped text', (text) => {
    expect(
      parseFormatting(text)
        .map((s) => s.text)
        .join(''),
    ).toBe(stripFormatting(text));
  });

  test.prop([formatted])(
    'stripping is idempotent and leaves no bold, reset or style codes',
    (text) => {
      const once = stripFormatting(text);
      expect(stripFormatting(once)).toBe(once);
      expect(once).not.toMatch(/[\x02\x0f\x11\x16\x1d\x1e\x1f]/);
    },
  );
});

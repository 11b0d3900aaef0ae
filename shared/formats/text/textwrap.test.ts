import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { TextModel } from './python-text';
import { fill, wrap, wrapByChunks, type WrapOptions } from './textwrap';

// Each expectation was produced by CPython 2.7.18's textwrap.TextWrapper(**options).wrap(text).
const PYTHON_27: [string, Partial<WrapOptions>, string[]][] = [
  [
    'Look, goof-ball -- use the -b option!',
    { width: 7 },
    ['Look,', 'goof-', 'ball --', 'use the', '-b', 'option!'],
  ],
  [
    'Look, goof-ball -- use the -b option!',
    { breakOnHyphens: false, width: 7 },
    ['Look, g', 'oof-bal', 'l --', 'use the', '-b', 'option!'],
  ],
  [
    'Hello there. How are you? fine.\nThanks a lot',
    { fixSentenceEndings: true, width: 13 },
    ['Hello there.', 'How are you?', 'fine.  Thanks', 'a lot'],
  ],
  [
    '\tindented\ttabs\there and a verylongwordthatdoesnotfit ok',
    { width: 15 },
    ['indented', 'tabs    here', 'and a verylongw', 'ordthatdoesnotf', 'it ok'],
  ],
  [
    '\tindented\ttabs\there and a verylongwordthatdoesnotfit ok',
    { breakLongWords: false, initialIndent: '* ', subsequentIndent: '    ', width: 15 },
    ['* indented', '    tabs', '    here and a', '    verylongwordthatdoesnotfit', '    ok'],
  ],
  [
    '  keep   the   spaces  ',
    { dropWhitespace: false, width: 8 },
    ['  keep', '   the', '   ', 'spaces  '],
  ],
  [
    'self-evident well-known e.g. x--y 1-2 ab-cd-ef',
    { width: 9 },
    ['self-', 'evident', 'well-', 'known', 'e.g. x--y', '1-2 ab-', 'cd-ef'],
  ],
  ['a\u000bb\fc\rd\ne f', { replaceWhitespace: false, width: 3 }, ['a\u000bb', 'c\rd', 'e f']],
];

describe('wrap (Python 2.7 textwrap)', () => {
  it.each(PYTHON_27)('wraps %j like Python', (text, options, lines) => {
    expect(wrap(text, options)).toEqual(lines);
  });

  it('counts UTF-8 octets for a byte string and code points for text', () => {
    const text = 'ééééé ééééé';
    expect(wrap(text, { width: 11, model: 'bytes' })).toEqual(['ééééé', 'ééééé']);
    expect(wrap(text, { width: 11, model: 'codepoints' })).toEqual([text]);
  });

  it('splits on Unicode spaces only for text', () => {
    const text = 'a\u00a0b c';
    expect(wrap(text, { width: 2, model: 'codepoints' })).toEqual(['a', 'b', 'c']);
    expect(wrap(text, { width: 2, model: 'bytes', breakLongWords: false })).toEqual([
      'a\u00a0b',
      'c',
    ]);
  });

  it('never cuts a character in two when breaking a long word', () => {
    expect(wrap('ééé', { width: 3, model: 'bytes' })).toEqual(['é', 'é', 'é']);
  });

  it('keeps a long URL whole as MeetBot asks', () => {
    const url = `https://example.org/${'x'.repeat(80)}`;
    expect(fill(`see ${url} .`, { width: 72, breakLongWords: false, breakOnHyphens: false })).toBe(
      `see\n${url}\n.`,
    );
  });

  it('rejects a width below 1', () => {
    expect(() => wrap('a', { width: 0 })).toThrow(RangeError);
  });
});

describe('wrap on whitespace only (MeetBot’s settings)', () => {
  const PIECES = [
    'a',
    'bb',
    'word',
    'é',
    '😀',
    '日本',
    ' ',
    '  ',
    '\t',
    '\n',
    '\u00a0',
    '\u3000',
    '\u2028',
    '\x1c',
    '-',
    '--',
    'x'.repeat(12),
    '\ud800',
  ];
  test.prop(
    [
      fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }),
      fc.integer({ min: 1, max: 24 }),
      fc.constantFrom('', ' ', '  ', '* ', 'é'),
      fc.constantFrom('', '  ', '    ', 'ééé'),
      fc.constantFrom<TextModel>('bytes', 'codepoints'),
      fc.boolean(),
    ],
    { numRuns: 2000 },
  )(
    'gives the lines of the chunk-by-chunk port',
    (pieces, width, initialIndent, subsequentIndent, model, expandTabs) => {
      const options = {
        width,
        initialIndent,
        subsequentIndent,
        model,
        expandTabs,
        breakLongWords: false,
        breakOnHyphens: false,
      };
      const text = pieces.join('');
      expect(wrap(text, options)).toEqual(wrapByChunks(text, options));
    },
  );
});

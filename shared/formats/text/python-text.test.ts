import { describe, expect, it } from 'vitest';
import {
  ASCII_SPACE,
  codePointLength,
  expandTabs,
  isPySpace,
  pyLen,
  pySplit,
  pyStrip,
  UNICODE_SPACE,
  utf8Length,
} from './python-text';

describe('python-text', () => {
  it('measures like len() of a byte string and of a unicode string', () => {
    expect(utf8Length('a—😀')).toBe(1 + 3 + 4);
    expect(codePointLength('a—😀')).toBe(3);
    expect(pyLen('\ud800', 'bytes')).toBe(3);
  });

  it('strips and splits on ASCII whitespace for bytes, Unicode whitespace for text', () => {
    expect(pyStrip('\u00a0 x \u2003', 'bytes')).toBe('\u00a0 x \u2003');
    expect(pyStrip('\u00a0 x \u2003', 'codepoints')).toBe('x');
    expect(pyStrip('\x1cx\x1f', 'codepoints')).toBe('x');
    expect(pySplit('  a \t b\u00a0c ', 'bytes')).toEqual(['a', 'b\u00a0c']);
    expect(pySplit('  a \t b\u00a0c ', 'codepoints')).toEqual(['a', 'b', 'c']);
    expect(pySplit('   ', 'bytes')).toEqual([]);
  });

  it('expands tabs to the next multiple of 8, restarting after a newline', () => {
    expect(expandTabs('a\tb', 'bytes')).toBe('a       b');
    expect(expandTabs('é\tb', 'bytes')).toBe('é      b');
    expect(expandTabs('é\tb', 'codepoints')).toBe('é       b');
    expect(expandTabs('abc\n\tx', 'bytes')).toBe('abc\n        x');
  });
});

describe('isPySpace', () => {
  it('agrees with the whitespace classes on every UTF-16 code unit', () => {
    const classes = {
      bytes: new RegExp(`[${ASCII_SPACE}]`),
      codepoints: new RegExp(`[${UNICODE_SPACE}]`),
    };
    const wrong: string[] = [];
    for (const model of ['bytes', 'codepoints'] as const) {
      for (let code = 0; code <= 0xffff; code++) {
        if (isPySpace(code, model) !== classes[model].test(String.fromCharCode(code)))
          wrong.push(`${model} U+${code.toString(16)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, tokenSpans, tokenize } from './tokens';

describe('tokenize', () => {
  it('splits on anything that is not a letter, digit or mark, in lower case', () => {
    expect(tokenize('#agreed Ship F33 on 2020-06-10, okay?')).toEqual([
      'agreed',
      'ship',
      'f33',
      'on',
      '2020',
      '06',
      '10',
      'okay',
    ]);
  });

  it('folds accents and compatibility forms', () => {
    expect(tokenize('Café Ｎaïve Straße Łódź Øresund ﬁnal')).toEqual([
      'cafe',
      'naive',
      'strasse',
      'lodz',
      'oresund',
      'final',
    ]);
  });

  it('keeps the marks of scripts whose words need them', () => {
    expect(tokenize('हिन्दी भाषा')).toEqual(['हिन्दी', 'भाषा']);
    expect(tokenize('Привет, мир')).toEqual(['привет', 'мир']);
  });

  it('ignores IRC formatting codes', () => {
    expect(tokenize('\x0304,12release\x03 \x02notes\x02')).toEqual(['release', 'notes']);
  });

  it('gives nothing for punctuation only', () => {
    expect(tokenize(' :-) ... ')).toEqual([]);
  });
});

describe('foldText', () => {
  it('is the identity on plain lower-case ASCII', () => {
    expect(foldText('a plain line: 1, 2, 3')).toBe('a plain line: 1, 2, 3');
  });
});

describe('tokenSpans', () => {
  it('points at the words of the original text', () => {
    const text = 'Réunion — ÉTÉ 2020';
    const spans = tokenSpans(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Réunion', 'ÉTÉ', '2020']);
    expect(spans.map((s) => s.tokens)).toEqual([['reunion'], ['ete'], ['2020']]);
  });
});

describe('tokenize on plain ASCII', () => {
  it('gives the same tokens as the Unicode rules', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...' aZ09-_.:#é'.split('')) }), (s) => {
        const unicode =
          s
            .toLowerCase()
            .normalize('NFKD')
            .replace(/[\u0300-\u036f]/g, '')
            .match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
        expect(tokenize(s)).toEqual(unicode);
      }),
    );
  });
});

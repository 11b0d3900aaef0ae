import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { hitParts, normalizeMarks, type HitPart } from './highlight';

const joined = (parts: HitPart[]) => parts.flatMap((p) => p.pieces.map((x) => x.text)).join('');
const marked = (parts: HitPart[]) =>
  parts.flatMap((p) => p.pieces.filter((x) => x.marked).map((x) => x.text));

describe('normalizeMarks', () => {
  it('sorts, merges overlapping and touching ranges, and drops empty or reversed ones', () => {
    const text = 'abcdefghijklmnop';
    expect(
      normalizeMarks(text, [
        { start: 8, end: 10 },
        { start: 0, end: 3 },
        { start: 2, end: 5 },
        { start: 5, end: 6 },
        { start: 7, end: 7 },
        { start: 12, end: 11 },
      ]),
    ).toEqual([
      { start: 0, end: 6 },
      { start: 8, end: 10 },
    ]);
  });

  it('clamps ranges to the text and ignores ranges wholly outside it or not numbers', () => {
    expect(
      normalizeMarks('hello', [
        { start: -4, end: 2 },
        { start: 3, end: 99 },
        { start: 7, end: 9 },
        { start: Number.NaN, end: 2 },
      ]),
    ).toEqual([
      { start: 0, end: 2 },
      { start: 3, end: 5 },
    ]);
    expect(normalizeMarks('', [{ start: 0, end: 1 }])).toEqual([]);
  });

  it('never cuts a surrogate pair in half', () => {
    const text = 'a😀b'; // 😀 is two UTF-16 units: offsets 1 and 2
    expect(normalizeMarks(text, [{ start: 2, end: 4 }])).toEqual([{ start: 1, end: 4 }]);
    expect(normalizeMarks(text, [{ start: 0, end: 2 }])).toEqual([{ start: 0, end: 3 }]);
    expect(normalizeMarks(text, [{ start: 2, end: 2 }])).toEqual([]);
  });
});

describe('hitParts', () => {
  it('marks the ranges of the text', () => {
    const parts = hitParts('the budget is tight', [{ start: 4, end: 10 }]);
    expect(parts).toEqual([
      {
        href: null,
        pieces: [
          { text: 'the ', marked: false },
          { text: 'budget', marked: true },
          { text: ' is tight', marked: false },
        ],
      },
    ]);
  });

  it('removes formatting codes without shifting the marks, which are offsets into the raw text', () => {
    // "\x02bold\x02 and \x0304,05red\x03 budget": "budget" starts at offset 25 of the raw text.
    const text = '\x02bold\x02 and \x0304,05red\x03 budget';
    const start = text.indexOf('budget');
    const parts = hitParts(text, [
      { start, end: start + 6 },
      { start: 1, end: 5 },
    ]);
    expect(joined(parts)).toBe('bold and red budget');
    expect(marked(parts)).toEqual(['bold', 'budget']);
  });

  it('keeps web addresses as links, a match inside or across one included', () => {
    const text = 'see https://example.org/budget now';
    const at = text.indexOf('budget');
    const parts = hitParts(text, [{ start: at, end: text.length }]);
    expect(parts.map((p) => p.href)).toEqual([null, 'https://example.org/budget', null]);
    expect(parts[1]!.pieces).toEqual([
      { text: 'https://example.org/', marked: false },
      { text: 'budget', marked: true },
    ]);
    expect(parts[2]!.pieces).toEqual([{ text: ' now', marked: true }]);
  });

  it('treats markup in the text as text', () => {
    const text = '<img src=x onerror=alert(1)> budget';
    const parts = hitParts(text, [{ start: 29, end: 35 }]);
    expect(joined(parts)).toBe(text);
    expect(marked(parts)).toEqual(['budget']);
  });

  it('gives an empty line no pieces', () => {
    expect(joined(hitParts('', [{ start: 0, end: 3 }]))).toBe('');
  });

  test.prop([
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.array(
      fc.record({ start: fc.integer({ min: -5, max: 50 }), end: fc.integer({ min: -5, max: 50 }) }),
      {
        maxLength: 6,
      },
    ),
  ])('keeps every visible character once and never splits a character', (text, marks) => {
    const parts = hitParts(text, marks);
    const visible = text.replace(
      /\x03(?:\d{1,2}(?:,\d{1,2})?)?|\x04(?:[0-9a-fA-F]{6}(?:,[0-9a-fA-F]{6})?)?|[\x00-\x08\x0a-\x1f\x7f]/g,
      '',
    );
    expect(joined(parts)).toBe(visible);
    for (const part of parts)
      for (const piece of part.pieces) {
        expect(piece.text).not.toBe('');
        expect(piece.text).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
      }
  });
});

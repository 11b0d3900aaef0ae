import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, utcOffset, utcStamp } from './ics-text';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11)', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('drops control characters but keeps tabs', () => {
    expect(escapeText('x\x00\x02y\tz\x7f')).toBe('xy\tz');
  });
});

describe('foldLine', () => {
  it('leaves a short line whole', () => {
    expect(foldLine('SUMMARY:hello')).toBe('SUMMARY:hello\r\n');
  });

  it('folds at 75 octets without splitting a character, and unfolds to the original', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'é', '€', '😀', ' ', '\\'), maxLength: 300 }),
        (s) => {
          const line = `DESCRIPTION:${s}`;
          const folded = foldLine(line);
          expect(folded.endsWith('\r\n')).toBe(true);
          const physical = folded.slice(0, -2).split('\r\n');
          for (const p of physical) expect(octets(p)).toBeLessThanOrEqual(75);
          for (const p of physical.slice(1)) expect(p.startsWith(' ')).toBe(true);
          expect(folded.slice(0, -2).replace(/\r\n /g, '')).toBe(line);
          expect(physical.join('')).not.toContain('\ufffd');
        },
      ),
    );
  });
});

describe('stamps', () => {
  it('writes UTC date-times and offsets', () => {
    expect(utcStamp(Date.UTC(2026, 2, 16, 14, 5, 9, 700))).toBe('20260316T140509Z');
    expect(utcOffset(330)).toBe('+0530');
    expect(utcOffset(-570)).toBe('-0930');
    expect(utcOffset(0)).toBe('+0000');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeWords, foldHeader, formatMailbox, headerText } from './header';

const decodeWord = (w: string) => {
  const m = /^=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=$/.exec(w);
  if (!m) throw new Error(`not an encoded word: ${w}`);
  return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(m[1]!, 'base64'));
};

describe('encodeWords', () => {
  it('leaves plain ASCII alone', () => {
    expect(encodeWords('Weekly Meeting Notes')).toBe('Weekly Meeting Notes');
  });

  it('encodes anything else in short words of whole characters that decode back', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('a', ' ', 'é', '€', '😀', 'ß', '?', '='),
          minLength: 1,
          maxLength: 120,
        }),
        (s) => {
          fc.pre(!/^[\x20-\x7e]*$/.test(s));
          const words = encodeWords(s).split(' ');
          for (const w of words) expect(w.length).toBeLessThanOrEqual(75);
          expect(words.map(decodeWord).join('')).toBe(s);
        },
      ),
    );
  });
});

describe('formatMailbox', () => {
  it('quotes names with specials and encodes names beyond ASCII', () => {
    expect(formatMailbox({ name: null, address: 'a@b.org' })).toBe('a@b.org');
    expect(formatMailbox({ name: 'Ben Cotton', address: 'b@f.org' })).toBe('Ben Cotton <b@f.org>');
    expect(formatMailbox({ name: 'Cotton, Ben "bc"', address: 'b@f.org' })).toBe(
      '"Cotton, Ben \\"bc\\"" <b@f.org>',
    );
    expect(formatMailbox({ name: 'Daniel-Constantin Mierlă', address: 'm@k.org' })).toBe(
      '=?UTF-8?B?RGFuaWVsLUNvbnN0YW50aW4gTWllcmzEgw==?= <m@k.org>',
    );
  });
});

describe('headerText and foldHeader', () => {
  it('turns line breaks into spaces, so no header can be injected', () => {
    expect(headerText('Minutes\r\nBcc: all@example.org\n\u2028x')).toBe(
      'Minutes Bcc: all@example.org x',
    );
  });

  it('folds long values at spaces within 78 characters', () => {
    const folded = foldHeader('Subject', 'word '.repeat(40).trim());
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(78);
    for (const l of lines.slice(1)) expect(l.startsWith(' ')).toBe(true);
    expect(folded.replace(/\r\n/g, '')).toBe(`Subject: ${'word '.repeat(40).trim()}`);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quotedPrintable } from './quoted-printable';

/** RFC 2045 §6.7 decoding, written out plainly. */
function decode(qp: string): string {
  const bytes: number[] = [];
  const text = qp.replace(/=\r\n/g, '');
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '=') {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(text.charCodeAt(i));
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

describe('quotedPrintable', () => {
  it('encodes =, trailing spaces and non-ASCII, and keeps the rest readable', () => {
    expect(quotedPrintable('a=b café \nend\t')).toBe('a=3Db caf=C3=A9=20\r\nend=09');
  });

  it('decodes back to the text, with lines of at most 76 printable characters', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('a', ' ', '\t', '=', 'é', '😀', '\n', '.', 'Z'),
          maxLength: 400,
        }),
        (s) => {
          const qp = quotedPrintable(s);
          for (const line of qp.split('\r\n')) {
            expect(line.length).toBeLessThanOrEqual(76);
            expect(line).toMatch(/^[\x21-\x7e \t]*$/);
            expect(line).not.toMatch(/[ \t]$/);
          }
          expect(decode(qp).replace(/\r\n/g, '\n')).toBe(s);
        },
      ),
    );
  });
});

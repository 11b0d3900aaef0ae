import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Postings } from './postings';
import { isPlainAscii, tokenize } from './tokens';

// What the posting lists say, token by token, as plain arrays.
function listed(postings: Postings): Record<string, number[]> {
  const { tokens, lists } = postings.entries();
  return Object.fromEntries(tokens.map((t, i) => [t, [...lists[i]!]]));
}

// Texts drawn from characters that make words, break them, and are not plain ASCII.
const texts = fc
  .array(fc.constantFrom('a', 'Z', 'q', '0', '9', ' ', '-', '\t', '~', 'é', 'Ä', '\u0301', 'ß'))
  .map((chars) => chars.join(''));

describe('Postings', () => {
  it('records the words of plain ASCII text read in place as tokenize gives them', () => {
    fc.assert(
      fc.property(fc.array(texts, { maxLength: 8 }), (lines) => {
        const inPlace = new Postings();
        const byTokens = new Postings();
        lines.forEach((text, id) => {
          const read = inPlace.addAsciiWords(text, id);
          expect(read).toBe(isPlainAscii(text));
          if (!read) for (const token of tokenize(text)) inPlace.add(token, id);
          for (const token of tokenize(text)) byTokens.add(token, id);
        });
        expect(listed(inPlace)).toEqual(listed(byTokens));
      }),
    );
  });

  it('finds a token however it was first recorded, and lists each line once', () => {
    const postings = new Postings();
    postings.addAsciiWords('Ship it, SHIP it', 0);
    postings.add('ship', 1);
    postings.addToken(postings.tokenId('ship'), 1);
    postings.addAsciiWords('ship', 2);
    expect([...postings.get('ship')!]).toEqual([0, 1, 2]);
    expect([...postings.get('it')!]).toEqual([0]);
    expect(postings.get('Ship')).toBeNull();
    expect(postings.size).toBe(2);
  });

  it('keeps thousands of tokens apart as its table grows', () => {
    const postings = new Postings();
    for (let id = 0; id < 5000; id++) postings.addAsciiWords(`w${id} W${id % 7}x`, id);
    expect(postings.size).toBe(5007);
    expect([...postings.get('w4321')!]).toEqual([4321]);
    expect(postings.get('w3x')!.length).toBe(714);
    expect(postings.withPrefix('w499')).toEqual([
      'w499',
      'w4990',
      'w4991',
      'w4992',
      'w4993',
      'w4994',
      'w4995',
      'w4996',
      'w4997',
      'w4998',
      'w4999',
    ]);
  });

  it('takes kept lists as they are and adds to them', () => {
    const postings = Postings.of(['alpha', 'beta'], [Uint32Array.of(0, 2), Uint32Array.of(1)]);
    postings.addAsciiWords('beta gamma', 3);
    expect(listed(postings)).toEqual({ alpha: [0, 2], beta: [1, 3], gamma: [3] });
  });
});

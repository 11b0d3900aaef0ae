import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsGroup, phraseMatcher } from './phrase';
import { tokenize } from './tokens';

const piece = fc.constantFrom(
  'a',
  'ab',
  'b',
  'ba',
  '1',
  ' ',
  '-',
  "'",
  'É',
  'é',
  'ß',
  '\x02',
  'ss',
);
const text = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));

describe('phraseMatcher', () => {
  it('agrees with matching the tokens, on ASCII and other text alike', () => {
    const someTokens = fc.array(fc.constantFrom('a', 'ab', 'b', 'ba', '1', 'e', 'ss'), {
      minLength: 2,
      maxLength: 3,
    });
    fc.assert(
      fc.property(
        text,
        someTokens,
        fc.nat(),
        fc.nat(2),
        fc.boolean(),
        (line, random, at, cut, prefix) => {
          // Half the time, tokens taken from the line itself, the last one shortened by `cut`.
          const own = tokenize(line).slice(at % 4, (at % 4) + 2);
          const tokens =
            own.length === 2 && at % 2 === 0
              ? [own[0]!, own[1]!.slice(0, Math.max(1, own[1]!.length - cut))]
              : random;
          const group = { tokens, prefix };
          expect(phraseMatcher(group)(line)).toBe(containsGroup(tokenize(line), group));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('matches whole words in order, the last as a prefix when asked', () => {
    const plain = phraseMatcher({ tokens: ['beta', 'release'], prefix: false });
    expect(plain('The BETA-release is out')).toBe(true);
    expect(plain('the beta releases')).toBe(false);
    expect(plain('alphabeta release')).toBe(false);
    expect(plain('the bêta release')).toBe(true);
    expect(phraseMatcher({ tokens: ['beta', 'rel'], prefix: true })('beta releases')).toBe(true);
  });
});

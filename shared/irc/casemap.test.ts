import { describe, expect, it } from 'vitest';
import { ircLower, sameChannel } from './casemap';

describe('casemapping', () => {
  it('folds A–Z and, under rfc1459, []\\^ to {}|~', () => {
    expect(ircLower('#Meet[Ops]\\Chair^')).toBe('#meet{ops}|chair~');
    expect(ircLower('#Gavel[1]')).toBe(ircLower('#gavel{1}'));
  });

  it('strict-rfc1459 leaves ^ and ~ apart; ascii folds letters only', () => {
    expect(ircLower('A[^', 'strict-rfc1459')).toBe('a{^');
    expect(ircLower('A[^', 'ascii')).toBe('a[^');
    expect(ircLower('x[', 'ascii')).not.toBe(ircLower('x{', 'ascii'));
  });

  it('leaves non-ASCII alone', () => {
    expect(ircLower('#ÄÖ-Straße')).toBe('#ÄÖ-straße');
  });

  it('takes #a[b] and #A{B} for one channel, #a[b] and #a(b) for two', () => {
    expect(sameChannel('#a[b]', '#A{B}')).toBe(true);
    expect(sameChannel('#a[b]', '#a(b)')).toBe(false);
    expect(sameChannel('#a[b]', '#A{B}', 'ascii')).toBe(false);
  });
});

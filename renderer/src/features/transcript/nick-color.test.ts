import { describe, expect, it } from 'vitest';
import { NICK_COLORS, nickColorClass } from './nick-color';

describe('nickColorClass', () => {
  it('is stable and ignores case the IRC way', () => {
    expect(nickColorClass('Alice')).toBe(nickColorClass('alice'));
    expect(nickColorClass('nick[m]')).toBe(nickColorClass('NICK{M}'));
    expect(nickColorClass('stefw')).toBe(nickColorClass('stefw'));
  });

  it('spreads nicks over the palette', () => {
    const nicks = [
      'mvollmer',
      'dperpeet',
      'pitti',
      'andreasn',
      'garrett',
      'stefw',
      'zodbot',
      'chair',
      'alice',
      'bob',
    ];
    const classes = new Set(nicks.map(nickColorClass));
    expect(classes.size).toBeGreaterThanOrEqual(6);
    for (const c of classes) expect(Number(c.slice('nick-c'.length))).toBeLessThan(NICK_COLORS);
  });
});

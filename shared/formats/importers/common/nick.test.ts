import { describe, expect, it } from 'vitest';
import { bareNick } from './nick';

describe('bareNick', () => {
  it.each([
    ['alice', 'alice'],
    ['@bob', 'bob'],
    ['+lenharo[m]', 'lenharo[m]'],
    ['~&owner', 'owner'],
    [' alice', 'alice'],
    ['[m]bridge', '[m]bridge'],
    ['@zbyszek:fedora.im', '@zbyszek:fedora.im'],
    ['@', '@'],
  ])('%j -> %j', (nick, expected) => {
    expect(bareNick(nick)).toBe(expected);
  });
});

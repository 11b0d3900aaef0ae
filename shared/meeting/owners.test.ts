import { describe, expect, it } from 'vitest';
import type { MeetingItem } from '../domain/meeting';
import { actionOwners } from './owners';

const action = (text: string): MeetingItem => ({
  type: 'action',
  nick: 'chair',
  text,
  time: '',
  at: null,
  line: 1,
});

describe('actionOwners', () => {
  it('matches whole words, ignoring case', () => {
    const owners = actionOwners(
      [action("Bob's item"), action('bob: do X'), action('ask BOB')],
      ['bob'],
    );
    expect(owners).toEqual([['bob'], ['bob'], ['bob']]);
  });

  it('deliberately differs from zodbot, whose case-sensitive substring search gave bob the dishes', () => {
    // zodbot: `m.line.find(nick) != -1` would list this under both bob and bobby, and "Bob" nowhere.
    const owners = actionOwners(
      [action('kebobby does the dishes'), action('Bob to call bobby')],
      ['bob', 'bobby'],
    );
    expect(owners).toEqual([[], ['bob', 'bobby']]);
  });

  it('finds nicks that end in punctuation, and lists several owners in candidate order', () => {
    const owners = actionOwners(
      [action('foo^ and x|away pair up; alice reviews')],
      ['alice', 'foo^', 'x|away'],
    );
    expect(owners).toEqual([['alice', 'foo^', 'x|away']]);
  });

  it('treats regular-expression characters in nicks literally', () => {
    expect(actionOwners([action('a.b to go')], ['a.b', 'a*b'])).toEqual([['a.b']]);
    expect(actionOwners([action('axb to go')], ['a.b'])).toEqual([[]]);
  });
});

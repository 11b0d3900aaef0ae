import { describe, expect, it } from 'vitest';
import { readEvent } from './events';

describe('readEvent', () => {
  it.each([
    [
      'alice [~alice@host] has joined #chan',
      { kind: 'join', nick: 'alice', text: '', channel: '#chan' },
    ],
    ['bob (~bob@host) joined', { kind: 'join', nick: 'bob', text: '' }],
    ['bob <bob!~bob@host> has joined #chan', { kind: 'join', nick: 'bob', text: '' }],
    ['Joins: alice (~alice@host)', { kind: 'join', nick: 'alice', text: '' }],
    ['nick [u@h] entered the room.', { kind: 'join', nick: 'nick', text: '' }],
    ['carol [~c@h] has left #chan [reason]', { kind: 'part', nick: 'carol', text: 'reason' }],
    ['Parts: carol (~c@h) (reason)', { kind: 'part', nick: 'carol', text: 'reason' }],
    ['guest left the room (quit: bye).', { kind: 'part', nick: 'guest', text: 'quit: bye' }],
    ['dave [~d@h] has quit [Quit: bye]', { kind: 'quit', nick: 'dave', text: 'Quit: bye' }],
    ['dave (~d@h) Quit (bye)', { kind: 'quit', nick: 'dave', text: 'bye' }],
    [
      'dave <dave!~d@h> has quit IRC (Quit: bye)',
      { kind: 'quit', nick: 'dave', text: 'Quit: bye' },
    ],
    ['alice is now known as alice_', { kind: 'nick', nick: 'alice', text: 'alice_' }],
    ['alice changed nick to alice_', { kind: 'nick', nick: 'alice', text: 'alice_' }],
    [
      'bob changed the topic of #chan to: new topic',
      { kind: 'topic', nick: 'bob', text: 'new topic' },
    ],
    [
      'bob has changed topic for #chan from "old" to "new"',
      { kind: 'topic', nick: 'bob', text: 'new' },
    ],
    ["bob changes topic to 'new topic'", { kind: 'topic', nick: 'bob', text: 'new topic' }],
    ['bob changed the topic to new topic', { kind: 'topic', nick: 'bob', text: 'new topic' }],
    ['bob has unset topic for #chan', { kind: 'topic', nick: 'bob', text: '' }],
    ['mode/#chan [+o alice] by bob', { kind: 'mode', nick: 'bob', text: '+o alice' }],
    ['Mode #chan [+v mwolf] by nhansen', { kind: 'mode', nick: 'nhansen', text: '+v mwolf' }],
    ['bob sets mode: +o alice', { kind: 'mode', nick: 'bob', text: '+o alice' }],
    ['bob set mode +o alice', { kind: 'mode', nick: 'bob', text: '+o alice' }],
    [
      'spammer was kicked from #chan by bob [flood]',
      { kind: 'kick', nick: 'bob', text: 'spammer (flood)' },
    ],
    ['spammer was kicked by bob (flood)', { kind: 'kick', nick: 'bob', text: 'spammer (flood)' }],
    [
      'bob has kicked spammer from #hexchat (flood)',
      { kind: 'kick', nick: 'bob', text: 'spammer (flood)' },
    ],
  ])('%s', (text, expected) => {
    expect(readEvent(text)).toMatchObject(expected);
  });

  it.each([
    ['waves at everyone'],
    ['has left the building (sadly)'],
    ['is now known as the boss'],
    [''],
  ])('does not take %j for an event', (text) => {
    expect(readEvent(text)).toBeNull();
  });
});

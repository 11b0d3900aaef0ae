import { describe, expect, it } from 'vitest';
import { readSpeaker, readWikiLine } from './wiki-line';

describe('readWikiLine', () => {
  it.each([
    ['- 15:02 qxork: =)', { kind: 'message', nick: 'qxork', text: '=)', time: '15:02' }],
    [
      '11:02 miconda: ok, ready',
      { kind: 'message', nick: 'miconda', text: 'ok, ready', time: '11:02' },
    ],
    ['    [10:02am] miconda: ok, …', { nick: 'miconda', text: 'ok, …', time: '10:02' }],
    ['[4:00pm] pdunkley: Hello', { nick: 'pdunkley', text: 'Hello', time: '16:00' }],
    ['[16:06] <miconda> text', { nick: 'miconda', text: 'text', time: '16:06' }],
    ['[2014-05-14 16:06:41] <miconda> text', { time: '16:06:41', stamp: { date: '2014-05-14' } }],
    [
      '**miconda:** going to start in few minutes',
      { nick: 'miconda', text: 'going to start in few minutes', time: '' },
    ],
    ['15:01:12 **@miconda** Hello!', { nick: 'miconda', text: 'Hello!', time: '15:01:12' }],
    [
      '    2021-12-15 09:59:47 -0500 EST @miconda:matrix.kamailio.dev Hello everyone!',
      {
        nick: '@miconda:matrix.kamailio.dev',
        text: 'Hello everyone!',
        time: '09:59:47',
        stamp: { date: '2021-12-15', zone: '-05:00' },
      },
    ],
    [
      '• nangel has mysql + postgresql dbs',
      { kind: 'action', nick: 'nangel', text: 'has mysql + postgresql dbs' },
    ],
    ['15:03 * alice waves', { kind: 'action', nick: 'alice', text: 'waves' }],
    ['<bob> no stamp', { nick: 'bob', text: 'no stamp', time: '' }],
  ])('%s', (line, expected) => {
    expect(readWikiLine(line, false)).toMatchObject(expected);
  });

  it('reads a bare "nick: text" only when allowed', () => {
    expect(readWikiLine('miconda: second: packaging', false)).toBeNull();
    expect(readWikiLine('miconda: second: packaging', true)).toMatchObject({
      nick: 'miconda',
      text: 'second: packaging',
    });
    expect(readWikiLine('agranig:        https://tools.ietf.org/x', true)).toMatchObject({
      text: 'https://tools.ietf.org/x',
    });
    expect(readWikiLine('jasonpenton:', true)).toMatchObject({ nick: 'jasonpenton', text: '' });
  });

  it.each([
    ['This is pretty much the unedited IRC discussion, split by topics.'],
    ['https://example.org/page'],
    ['* a Markdown bullet'],
    ['**Note: *the online meeting is planned to be hosted on a Matrix room.'],
    ['25:00 nick: bad time'],
    ['<https://github.com/kamailio/kamailio/issues/3274>   -> anyone?'],
  ])('refuses %j', (line) => {
    expect(readWikiLine(line, true)).toBeNull();
  });

  it('recognises a speaker line of a chat export', () => {
    expect(readSpeaker('**miconda**')).toBe('miconda');
    expect(readSpeaker('**Víctor Seva**')).toBe('Víctor Seva');
    expect(readSpeaker('**Place:**')).toBeNull();
  });
});

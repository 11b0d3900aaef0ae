import { describe, expect, it } from 'vitest';
import type { LogLine } from '../../../../shared/domain/line';
import { botNews, isStartLine, presetHint, startReply } from './bot-detect';

const say = (nick: string, text: string, kind: LogLine['kind'] = 'message'): LogLine => ({
  at: 0,
  time: '12:00:00',
  kind,
  nick,
  text,
});

describe('meeting bot detection', () => {
  it('knows each deployment’s start reply (MeetBot notes §6.6)', () => {
    expect(
      startReply(
        say(
          'MeetBot',
          'Meeting started Thu Oct 20 20:01:05 2016 UTC.  The chair is pollo. Information about MeetBot at http://wiki.debian.org/MeetBot.',
        ),
        false,
      ),
    ).toEqual({ nick: 'MeetBot', preset: 'meetbot' });
    expect(
      startReply(
        say(
          'opendevmeet',
          'Meeting started Tue May 27 22:00:02 2014 UTC and is due to finish in 60 minutes.  The chair is x.',
        ),
        false,
      ),
    ).toEqual({ nick: 'opendevmeet', preset: 'openstack' });
    expect(
      startReply(
        say(
          'ubot',
          'Meeting started at 20:00:33 UTC.  The chair is sil2100.  Information about MeetBot at https://wiki.ubuntu.com/meetingology',
        ),
        false,
      ),
    ).toEqual({ nick: 'ubot', preset: 'ubuntu' });
    expect(
      startReply(say('zodbot', '\x02Meeting started\x02 Wed Nov 21 2026 UTC.'), false),
    ).toEqual({ nick: 'zodbot', preset: 'fedora' });
  });

  it('ignores Gavel’s own lines, joins, and talk about meetings', () => {
    expect(startReply(say('chair', 'Meeting started Thu Oct 20 2016 UTC.'), true)).toBeNull();
    expect(startReply(say('bob', 'Meeting started late today', 'join'), false)).toBeNull();
    expect(startReply(say('bob', 'the Meeting started late'), false)).toBeNull();
  });

  it('reads hints in a bot’s later lines, and #startmeeting as any generation does', () => {
    expect(
      presetHint('MeetBot', 'Useful Commands: #action #agreed #halp #info #idea #link #topic.'),
    ).toBe('fedora');
    expect(
      presetHint(
        'MeetBot',
        'Useful Commands: #action #agreed #help #info #idea #link #topic #startvote.',
      ),
    ).toBe('openstack');
    expect(
      presetHint('MeetBot', 'Useful Commands: #action #agreed #help #info #idea #link #topic.'),
    ).toBeNull();
    expect(isStartLine(say('a', '#startmeeting Infra'))).toBe(true);
    expect(isStartLine(say('a', '  #STARTMEETING'))).toBe(true);
    expect(isStartLine(say('a', 'about #startmeeting'))).toBe(false);
    expect(isStartLine(say('a', '#startmeeting', 'notice'))).toBe(false);
  });
});

describe('botNews', () => {
  const known = { botNick: 'MeetBot', preset: 'meetbot' as const };
  it('tells of a new bot, or a preset hint from the known one, and nothing else', () => {
    expect(botNews({ ...say('zodbot', 'Meeting started now'), self: false }, known)).toEqual({
      nick: 'zodbot',
      preset: 'fedora',
    });
    expect(botNews({ ...say('MeetBot', 'Meeting started now'), self: false }, known)).toBeNull();
    expect(
      botNews({ ...say('MeetBot', 'Useful Commands: #action #halp'), self: false }, known),
    ).toEqual({ nick: 'MeetBot', preset: 'fedora' });
    expect(
      botNews(
        { ...say('MeetBot', 'Useful Commands: #action #halp'), self: false },
        { ...known, preset: 'debian' },
      ),
    ).toBeNull();
    expect(botNews({ ...say('amy', 'see #halp'), self: false }, known)).toBeNull();
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import type { LogLine } from '../../../../shared/domain/line';
import { FakeServer, scriptedReplies } from '../../../testing/fake-transport';
import { ManualClock } from '../../../testing/manual-clock';
import { IrcConnection } from '../connection';

const tick = () => new Promise((resolve) => setImmediate(resolve));
async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await tick();
}

let conn: IrcConnection | null = null;
afterEach(async () => {
  await conn?.close();
  conn = null;
});

/** A connection joined to #meet as `chair`; returns the server and the lines recorded after joining. */
async function joinedChannel(caps: string[] = []) {
  const server = new FakeServer();
  server.reply = scriptedReplies(caps);
  const clock = new ManualClock(Date.UTC(2026, 10, 21, 9, 30, 5));
  const lines: (LogLine & { self: boolean })[] = [];
  conn = new IrcConnection({
    request: { server: 'irc.test', port: 6667, tls: false, nick: 'chair', channel: '#meet' },
    clock,
    transport: server.Transport,
    sendRate: { burst: 100, intervalMs: 1000 },
    onStatus: () => {},
    onLine: (_channel, line, self) => lines.push({ ...line, self }),
  });
  conn.start();
  await settle();
  expect(conn.status.state).toBe('joined');
  lines.length = 0;
  return { server, lines, conn };
}

describe('irc-framework events → transcript lines', () => {
  it('maps each event family to one line, with nick and text as the IRC line carries them', async () => {
    const { server, lines } = await joinedChannel();
    server.feed(
      ':alice!a@h PRIVMSG #meet :#topic budget',
      ':alice!a@h PRIVMSG #MEET :case differs',
      ':alice!a@h PRIVMSG #meet :\x01ACTION waves\x01',
      ':bob!b@h NOTICE #meet :minutes follow',
      ':carol!c@h JOIN #meet',
      ':carol!c@h PART #meet :lunch',
      ':dave!d@h QUIT :Quit: bye',
      ':bob!b@h NICK bob_away',
      ':alice!a@h KICK #meet spammer :flood',
      ':alice!a@h TOPIC #meet :Weekly meeting',
    );
    await settle();
    expect(lines.map(({ kind, nick, text }) => [kind, nick, text])).toEqual([
      ['message', 'alice', '#topic budget'],
      ['message', 'alice', 'case differs'],
      ['action', 'alice', 'waves'],
      ['notice', 'bob', 'minutes follow'],
      ['join', 'carol', ''],
      ['part', 'carol', 'lunch'],
      ['quit', 'dave', 'Quit: bye'],
      ['nick', 'bob', 'bob_away'],
      ['kick', 'alice', 'spammer flood'],
      ['topic', 'alice', 'Weekly meeting'],
    ]);
    expect(lines.every((l) => !l.self)).toBe(true);
  });

  it('leaves out private messages, other channels, server notices and the topic shown on join', async () => {
    const { server, lines } = await joinedChannel();
    server.feed(
      ':alice!a@h PRIVMSG chair :psst',
      ':alice!a@h PRIVMSG #other :elsewhere',
      ':irc.test NOTICE #meet :server says',
      ':carol!c@h JOIN #other',
      ':irc.test 332 chair #meet :The topic on join',
      ':alice!a@h PRIVMSG #meet :kept',
    );
    await settle();
    expect(lines.map((l) => l.text)).toEqual(['kept']);
  });

  it('stamps lines with server-time when present, else the clock, as UTC HH:MM:SS', async () => {
    const { server, lines } = await joinedChannel(['server-time']);
    server.feed(
      '@time=2026-11-21T14:03:22.123Z :alice!a@h PRIVMSG #meet :stamped',
      ':alice!a@h PRIVMSG #meet :unstamped',
    );
    await settle();
    expect(lines.map(({ at, time }) => [at, time])).toEqual([
      [Date.UTC(2026, 10, 21, 14, 3, 22, 123), '14:03:22'],
      [Date.UTC(2026, 10, 21, 9, 30, 5), '09:30:05'],
    ]);
  });

  it('without echo-message records the chair’s line once, when it is sent', async () => {
    const { server, lines, conn } = await joinedChannel();
    expect(conn.say('hello\r\nworld')).toEqual({ ok: true, value: { lines: 2 } });
    expect(server.written.slice(-2)).toEqual(['PRIVMSG #meet hello', 'PRIVMSG #meet world']);
    expect(lines.map(({ kind, nick, text, self }) => [kind, nick, text, self])).toEqual([
      ['message', 'chair', 'hello', true],
      ['message', 'chair', 'world', true],
    ]);
  });

  it('with echo-message records the server’s echo instead of a local copy', async () => {
    const { server, lines, conn } = await joinedChannel(['echo-message']);
    conn.say('#info echoed');
    await settle();
    expect(server.written.at(-1)).toBe('PRIVMSG #meet :#info echoed');
    expect(lines).toEqual([]);
    server.feed(':chair!gavel@h PRIVMSG #meet :#info echoed');
    await settle();
    expect(lines.map(({ text, self }) => [text, self])).toEqual([['#info echoed', true]]);
  });

  it('marks the chair’s own join and nick as self', async () => {
    const { server, lines } = await joinedChannel();
    server.feed(':CHAIR!gavel@h NICK chair2');
    await settle();
    expect(lines).toMatchObject([{ kind: 'nick', nick: 'CHAIR', text: 'chair2', self: true }]);
  });
});

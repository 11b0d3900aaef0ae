import { afterEach, describe, expect, it } from 'vitest';
import type { LogLine } from '../../../shared/domain/line';
import type { ConnectionStatus, ConnectRequest } from '../../../shared/ipc/schemas';
import { FakeServer, scriptedReplies } from '../../testing/fake-transport';
import { ManualClock } from '../../testing/manual-clock';
import { IrcConnection } from './connection';

const request: ConnectRequest = {
  server: 'irc.test',
  port: 6667,
  tls: false,
  nick: 'chair',
  channel: '#meet',
};
const tick = () => new Promise((resolve) => setImmediate(resolve));
async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await tick();
}

interface Harness {
  server: FakeServer;
  clock: ManualClock;
  conn: IrcConnection;
  statuses: ConnectionStatus[];
  lines: { line: LogLine; self: boolean }[];
}

let open: IrcConnection[] = [];
afterEach(async () => {
  await Promise.all(open.map((c) => c.close()));
  open = [];
});

function harness(setup: (server: FakeServer) => void = () => {}, req = request): Harness {
  const server = new FakeServer();
  server.reply = scriptedReplies();
  setup(server);
  const clock = new ManualClock();
  const statuses: ConnectionStatus[] = [];
  const lines: Harness['lines'] = [];
  const conn = new IrcConnection({
    request: req,
    clock,
    connectTimeoutMs: 5000,
    transport: server.Transport,
    onStatus: (s) => statuses.push(s),
    onLine: (_channel, line, self) => lines.push({ line, self }),
  });
  open.push(conn);
  return { server, clock, conn, statuses, lines };
}

async function joined(setup?: (server: FakeServer) => void): Promise<Harness> {
  const h = harness(setup);
  h.conn.start();
  await settle();
  expect(h.conn.status.state).toBe('joined');
  h.lines.length = 0;
  return h;
}

describe('IrcConnection states', () => {
  it('goes connecting → registered → joined and joins the channel once registered', async () => {
    const h = harness();
    h.conn.start();
    await settle();
    expect(h.statuses.map((s) => s.state)).toEqual(['connecting', 'registered', 'joined']);
    expect(h.server.written).toContain('JOIN #meet');
    expect(h.server.written.indexOf('JOIN #meet')).toBeGreaterThan(
      h.server.written.findIndex((l) => l.startsWith('USER')),
    );
    expect(h.conn.status).toMatchObject({
      server: 'irc.test',
      nick: 'chair',
      channel: '#meet',
      error: null,
    });
  });

  it('asks for echo-message, turns SASL and CTCP VERSION off', async () => {
    const h = harness((s) => (s.reply = scriptedReplies(['echo-message', 'sasl'])));
    h.conn.start();
    await settle();
    expect(h.server.written).toContain('CAP REQ :echo-message');
    h.server.feed(':bob!b@h PRIVMSG chair :\x01VERSION\x01');
    await settle();
    expect(h.server.written.some((l) => l.includes('VERSION'))).toBe(false);
    expect(h.server.written.some((l) => l.startsWith('AUTHENTICATE'))).toBe(false);
  });

  it('refuses a request that fails validation without touching the network', () => {
    const h = harness(() => {}, { ...request, channel: 'meet' });
    h.conn.start();
    expect(h.conn.status.state).toBe('failed');
    expect(h.conn.status.error?.code).toBe('bad-request');
    expect(h.server.written).toEqual([]);
  });

  it('reports disconnected after close, and close resolves once the socket is gone', async () => {
    const h = await joined();
    await h.conn.close();
    expect(h.server.written.at(-1)).toBe('QUIT Gavel');
    expect(h.server.open).toBe(false);
    expect(h.conn.status).toMatchObject({ state: 'disconnected', error: null });
  });
});

describe('IrcConnection failures', () => {
  it('a socket error before sign-in fails with a readable message', async () => {
    const h = harness((s) => {
      s.outcome = {
        kind: 'error',
        error: Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }),
      };
    });
    h.conn.start();
    await settle();
    expect(h.conn.status.state).toBe('failed');
    expect(h.conn.status.error).toEqual({
      code: 'host-not-found',
      message: 'Could not find the server irc.test.',
    });
  });

  it('nick in use (433) on every fallback fails the connection and names the last nick', async () => {
    const h = harness((s) => {
      const base = scriptedReplies();
      s.reply = (l) => {
        const nick = /^NICK (\S+)/.exec(l)?.[1];
        if (nick) return [`:irc.test 433 * ${nick} :Nickname already in use`];
        return l.startsWith('USER') ? [] : base(l);
      };
    });
    h.conn.start();
    await settle(20);
    expect(h.server.written.filter((l) => l.startsWith('NICK'))).toEqual([
      'NICK chair',
      'NICK chair_',
      'NICK chair__',
    ]);
    expect(h.conn.status.state).toBe('failed');
    expect(h.conn.status.error).toEqual({
      code: 'nick-in-use',
      message: 'The nick chair__ is already in use on this server.',
    });
    expect(h.server.written).toContain('QUIT Gavel');
  });

  it.each([
    ['403', 'no-such-channel'],
    ['471', 'channel-full'],
    ['473', 'invite-only'],
    ['474', 'banned'],
    ['475', 'channel-key'],
    ['476', 'bad-channel-name'],
    ['477', 'registered-only'],
    ['479', 'bad-channel-name'],
    ['405', 'too-many-channels'],
  ])('join refused with %s fails with code %s', async (numeric, code) => {
    const h = harness((s) => {
      const base = scriptedReplies();
      s.reply = (l) =>
        l.startsWith('JOIN') ? [`:irc.test ${numeric} chair #Meet :Cannot join channel`] : base(l);
    });
    h.conn.start();
    await settle();
    expect(h.conn.status.state).toBe('failed');
    expect(h.conn.status.error?.code).toBe(code);
    expect(h.conn.status.error?.message).toContain('#Meet');
    expect(h.conn.status.error?.message).toContain('Cannot join channel');
  });

  it('ignores a join error about another channel', async () => {
    const h = harness((s) => {
      const base = scriptedReplies();
      s.reply = (l) =>
        l.startsWith('JOIN') ? [':irc.test 474 chair #other :Banned', ...base(l)] : base(l);
    });
    h.conn.start();
    await settle();
    expect(h.conn.status.state).toBe('joined');
  });

  it('times out in the phase it is stuck in', async () => {
    const silent = harness((s) => (s.outcome = { kind: 'silent' }));
    silent.conn.start();
    await settle();
    silent.clock.advance(5000);
    expect(silent.conn.status.error).toEqual({
      code: 'timeout',
      message: 'Could not connect to irc.test:6667 within 5 s.',
    });

    const mute = harness((s) => (s.reply = () => []));
    mute.conn.start();
    await settle();
    mute.clock.advance(4999);
    expect(mute.conn.status.state).toBe('connecting');
    mute.clock.advance(1);
    expect(mute.conn.status.state).toBe('failed');
    expect(mute.conn.status.error?.message).toMatch(
      /did not complete the sign-in within 5 s\. If port 6667 expects TLS/,
    );
  });

  it('an ERROR line then a close reports the server text; before joining that is a failure', async () => {
    const h = await joined();
    h.server.feed('ERROR :Closing Link: chair (Killed by oper)');
    h.server.hangUp();
    await settle();
    expect(h.conn.status.state).toBe('disconnected');
    expect(h.conn.status.error).toEqual({
      code: 'closed',
      message: 'The server irc.test closed the connection: Closing Link: chair (Killed by oper)',
    });

    const early = harness((s) => (s.reply = () => []));
    early.conn.start();
    await settle();
    early.server.hangUp(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }));
    await settle();
    expect(early.conn.status).toMatchObject({ state: 'failed', error: { code: 'reset' } });
  });

  it('being kicked leaves the connection registered with the reason', async () => {
    const h = await joined();
    h.server.feed(':op!o@h KICK #meet chair :off topic');
    await settle();
    expect(h.conn.status.state).toBe('registered');
    expect(h.conn.status.error).toEqual({
      code: 'kicked',
      message: 'op removed you from #meet: off topic',
    });
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import type { LogLine } from '../../../shared/domain/line';
import type { ConnectionStatus, ConnectRequest } from '../../../shared/ipc/schemas';
import { FakeServer, scriptedReplies } from '../../testing/fake-transport';
import { ManualClock } from '../../testing/manual-clock';
import { NetworkLink } from './network-link';

const request: ConnectRequest = {
  server: 'irc.test',
  port: 6667,
  tls: false,
  nick: 'chair',
  channel: '#meet',
};
const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
const settle = async (rounds = 8) => {
  for (let i = 0; i < rounds; i++) await new Promise((r) => setImmediate(r));
};

let link: NetworkLink | null = null;
afterEach(async () => {
  await link?.close();
  link = null;
});

async function joinedLink(
  policy = { fastMs: 1000, fastForMs: 30_000, slowMs: 3000, maxAttempts: 5 },
) {
  const server = new FakeServer();
  server.reply = scriptedReplies();
  const clock = new ManualClock(Date.UTC(2026, 10, 21, 12, 1, 3));
  const statuses: ConnectionStatus[] = [];
  const lines: { channel: string; line: LogLine }[] = [];
  link = new NetworkLink({
    network: 'main',
    clock,
    transport: server.Transport,
    policy,
    onStatus: (s) => statuses.push(s),
    onLine: (channel, line) => lines.push({ channel, line }),
  });
  expect(await link.connect(request)).toMatchObject({ ok: true });
  /** Drops the connection as a dying server would, and lets the link notice. */
  const drop = async () => {
    server.outcome = { kind: 'error', error: refused };
    server.hangUp(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }));
    await settle();
  };
  /** Lets the next attempts succeed again. */
  const revive = () => (server.outcome = { kind: 'open' });
  /** Advances the clock by `ms` and lets the attempt started meanwhile run. */
  const advance = async (ms: number) => {
    clock.advance(ms);
    await settle();
  };
  return { server, clock, statuses, lines, drop, revive, advance, link };
}

const gaps = <T extends { line: LogLine }>(lines: T[]) =>
  lines.filter((l) => l.line.kind === 'gap');

describe('NetworkLink reconnecting', () => {
  it('retries every second after a drop, rejoins, and records one gap line', async () => {
    const h = await joinedLink();
    h.lines.length = 0;
    await h.drop();
    expect(h.link.status()).toMatchObject({
      state: 'reconnecting',
      error: { code: 'reset' },
      reconnect: { attempt: 1, nextAt: h.clock.now() + 1000, keepAlive: false },
    });
    await h.advance(1000);
    expect(h.link.status()).toMatchObject({ state: 'reconnecting', reconnect: { attempt: 2 } });
    await h.advance(1000);
    h.revive();
    await h.advance(1000);
    expect(h.link.status()).toMatchObject({
      state: 'joined',
      reconnect: null,
      channels: ['#meet'],
    });
    expect(gaps(h.lines).map((l) => [l.channel, l.line.text])).toEqual([
      [
        '#meet',
        'Gavel was not connected from 12:01:03 to 12:01:06 UTC; lines said then are not in this record.',
      ],
    ]);
    expect(h.server.written.filter((l) => l.startsWith('JOIN'))).toEqual([
      'JOIN #meet',
      'JOIN #meet',
    ]);
    await h.drop();
    h.revive();
    await h.advance(1000);
    expect(gaps(h.lines)).toHaveLength(2);
  });

  it('rejoins every channel, including those joined later', async () => {
    const h = await joinedLink();
    expect(await h.link.join('#side')).toMatchObject({
      ok: true,
      value: { channels: ['#meet', '#side'] },
    });
    await h.drop();
    h.revive();
    await h.advance(1000);
    expect(h.server.written.at(-1)).toBe('JOIN #meet,#side');
    expect(gaps(h.lines).map((l) => l.channel)).toEqual(['#meet', '#side']);
  });

  it('without a live meeting gives up after the bounded attempts and says so', async () => {
    const h = await joinedLink();
    await h.drop();
    for (let i = 0; i < 5; i++) await h.advance(1000);
    expect(h.link.status()).toMatchObject({
      state: 'disconnected',
      error: { code: 'gave-up' },
      reconnect: null,
    });
    expect(h.link.status().error?.message).toMatch(
      /could not get back after 5 attempts .* Use Retry/,
    );
    expect(h.clock.pending).toBe(0);
  });

  it('while a meeting is live never gives up, and a meeting starting after giving up resumes', async () => {
    const h = await joinedLink();
    h.link.setKeepAlive('#meet', true);
    await h.drop();
    for (let i = 0; i < 40; i++) await h.advance(3000);
    expect(h.link.status()).toMatchObject({
      state: 'reconnecting',
      reconnect: { keepAlive: true },
    });
    h.link.setKeepAlive('#meet', false);
    await h.advance(3000);
    expect(h.link.status().state).toBe('disconnected');
    h.link.setKeepAlive('#MEET', true);
    expect(h.link.status().state).toBe('reconnecting');
    h.revive();
    await h.advance(3000);
    expect(h.link.status().state).toBe('joined');
    expect(gaps(h.lines)).toHaveLength(1);
  });

  it('also keeps retrying when the drop comes right after joining', async () => {
    const h = await joinedLink();
    await h.drop();
    expect(h.link.status().state).toBe('reconnecting');
  });

  it('a permanent failure on a reconnect attempt stops retrying', async () => {
    const h = await joinedLink();
    await h.drop();
    h.revive();
    const base = scriptedReplies();
    h.server.reply = (l) =>
      l.startsWith('USER') ? [':irc.test 465 chair :You are banned'] : base(l);
    await h.advance(1000);
    expect(h.link.status()).toMatchObject({
      state: 'failed',
      error: { code: 'banned-from-server' },
    });
    expect(h.clock.pending).toBe(0);
  });

  it('disconnect stops reconnecting and records no gap', async () => {
    const h = await joinedLink();
    await h.drop();
    expect(await h.link.disconnect()).toMatchObject({ state: 'disconnected', error: null });
    h.revive();
    await h.advance(10_000);
    expect(h.link.status().state).toBe('disconnected');
    expect(gaps(h.lines)).toEqual([]);
  });

  it('a failed first connect is not retried without a live meeting', async () => {
    const server = new FakeServer();
    server.outcome = { kind: 'error', error: refused };
    const clock = new ManualClock();
    link = new NetworkLink({
      network: 'main',
      clock,
      transport: server.Transport,
      onStatus: () => {},
      onLine: () => {},
    });
    expect(await link.connect(request)).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(link.status().state).toBe('failed');
    expect(clock.pending).toBe(0);
  });
});

describe('NetworkLink replayed lines', () => {
  it('records a line replayed on rejoin once, by msgid or by nick, text and time', async () => {
    const h = await joinedLink();
    h.server.feed(
      '@msgid=a1;time=2026-11-21T12:01:01.250Z :alice!a@h PRIVMSG #meet :first',
      ':bob!b@h PRIVMSG #meet :second',
    );
    await settle();
    await h.drop();
    h.revive();
    await h.advance(1000);
    const at = new Date(h.clock.now()).toISOString();
    h.server.feed(
      ':irc.test BATCH +r1 chathistory #meet',
      '@batch=r1;msgid=a1;time=2026-11-21T12:01:01.000Z :alice!a@h PRIVMSG #meet :first',
      `@batch=r1;time=${new Date(h.clock.now() - 1400).toISOString()} :bob!b@h PRIVMSG #meet :second`,
      `@batch=r1;time=${at} :carol!c@h PRIVMSG #meet :said while away`,
      ':irc.test BATCH -r1',
      ':alice!a@h PRIVMSG #meet :first',
    );
    await settle();
    const said = h.lines
      .filter((l) => l.line.kind === 'message')
      .map((l) => `${l.line.nick}: ${l.line.text}`);
    expect(said).toEqual(['alice: first', 'bob: second', 'carol: said while away', 'alice: first']);
  });
});

import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TranscriptLine } from '../../shared/domain/line';
import type { EventChannel } from '../../shared/ipc/channels';
import { createDispatcher } from '../../shared/ipc/dispatch';
import type { Result } from '../../shared/ipc/result';
import type { ConnectionStatus, ConnectRequest, Payload } from '../../shared/ipc/schemas';
import { Bot } from '../testing/bot';
import { freePort, startNgircd, type Ngircd } from '../testing/ngircd';
import { createCore, type CoreTuning } from './create-core';
import type { SettingsBackend } from './types';

let ircd: Ngircd;
beforeAll(async () => {
  ircd = await startNgircd({ tls: true });
});
afterAll(async () => {
  await ircd?.stop();
});

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function memorySettings(): SettingsBackend {
  const values = { lastConnection: null, theme: 'system' } as Record<string, unknown>;
  return { get: (key) => values[key] as never, set: (key, value) => void (values[key] = value) };
}

/** A core as a shell builds it: handlers behind the dispatcher, events recorded. */
function startCore(tuning: CoreTuning = {}) {
  const bugs: unknown[] = [];
  const settings = memorySettings();
  const core = createCore(
    { shell: 'browser', version: '0.0.0-test', settings, dataDir: '/nonexistent', log: () => {} },
    tuning,
  );
  const dispatch = createDispatcher(core.handlers, (bug) => bugs.push(bug));
  const events: { event: EventChannel; payload: unknown }[] = [];
  core.subscribe((event, payload) => events.push({ event, payload }));
  cleanups.push(async () => {
    await core.close();
    expect(bugs).toEqual([]);
  });
  const statuses = () =>
    events
      .filter((e) => e.event === 'irc:status')
      .map((e) => (e.payload as ConnectionStatus).state);
  const appended = () =>
    events
      .filter((e) => e.event === 'transcript:append')
      .flatMap((e) => (e.payload as Payload<'transcript:append'>).lines);
  return { core, dispatch, events, statuses, appended, settings };
}

async function bot(nick: string, channel?: string): Promise<Bot> {
  const b = await Bot.connect({ host: ircd.host, port: ircd.port, nick });
  cleanups.push(() => b.quit());
  if (channel) await b.join(channel);
  return b;
}

const plain = (nick: string, channel: string): ConnectRequest => ({
  server: '127.0.0.1',
  port: ircd.port,
  tls: false,
  nick,
  channel,
});

/** Polls `read` until `accept` holds, for at most `ms`. */
async function eventually<T>(read: () => T, accept: (value: T) => boolean, ms = 3000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = read();
    if (accept(value)) return value;
    if (Date.now() > until)
      throw new Error(`condition not met within ${ms} ms: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function timed<T>(work: Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await work;
  return [value, performance.now() - start];
}

describe('the core against a real ngircd', () => {
  it('connects, joins, and reports each step as an irc:status event', async () => {
    const app = startCore();
    const result = (await app.dispatch(
      'irc:connect',
      plain('chair1', '#meet1'),
    )) as Result<ConnectionStatus>;
    expect(result).toMatchObject({
      ok: true,
      value: { state: 'joined', nick: 'chair1', channel: '#meet1' },
    });
    expect(app.statuses()).toEqual(['connecting', 'registered', 'joined']);
    expect(await app.dispatch('irc:getStatus', {})).toMatchObject({
      ok: true,
      value: { state: 'joined' },
    });
    expect(app.settings.get('lastConnection')).toEqual(plain('chair1', '#meet1'));
  });

  it('a participant’s line arrives as a numbered transcript line', async () => {
    const app = startCore();
    await app.dispatch('irc:connect', plain('chair2', '#meet2'));
    const alice = await bot('alice2', '#meet2');
    alice.say('#meet2', '#info the budget is approved');
    const lines = await eventually(app.appended, (ls) =>
      ls.some((l) => l.text === '#info the budget is approved'),
    );
    const line = lines.find((l) => l.kind === 'message') as TranscriptLine;
    expect(line).toMatchObject({ nick: 'alice2', channel: '#meet2', self: false, kind: 'message' });
    expect(lines.map((l) => l.seq)).toEqual(lines.map((_, i) => i + 1));
    const snapshot = await app.dispatch('transcript:since', { channel: '#MEET2', afterSeq: 0 });
    expect(snapshot).toMatchObject({ ok: true, value: { lastSeq: lines.length } });
  });

  it('the chair’s line reaches the channel once and is in the transcript once', async () => {
    const app = startCore();
    await app.dispatch('irc:connect', plain('chair3', '#meet3'));
    const bob = await bot('bob3', '#meet3');
    const text = '#topic Budget review';
    expect(await app.dispatch('irc:say', { text })).toEqual({ ok: true, value: { lines: 1 } });
    await bob.waitForMessage((m) => m.text === text && m.nick === 'chair3');
    await new Promise((r) => setTimeout(r, 300));
    expect(bob.received.filter((m) => m.text === text)).toHaveLength(1);
    const mine = app.appended().filter((l) => l.text === text);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ nick: 'chair3', self: true, kind: 'message' });
  });

  it('user text with line breaks becomes separate lines, never an extra command', async () => {
    const app = startCore();
    await app.dispatch('irc:connect', plain('chair4', '#meet4'));
    const carol = await bot('carol4', '#meet4');
    const result = await app.dispatch('irc:say', { text: 'first\r\nJOIN #evil\0second' });
    expect(result).toEqual({ ok: true, value: { lines: 3 } });
    await carol.waitForMessage((m) => m.text === 'second');
    expect(carol.received.map((m) => m.text)).toEqual(['first', 'JOIN #evil', 'second']);
  });

  it('refuses a bad payload with an error result', async () => {
    const app = startCore();
    expect(await app.dispatch('irc:connect', { server: 'x', port: 'many' })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(await app.dispatch('irc:say', { text: 'hello' })).toMatchObject({
      ok: false,
      error: { code: 'not-connected' },
    });
  });
});

describe('connection failures are bounded and readable', () => {
  it('a refused port fails at once', async () => {
    const app = startCore();
    const port = await freePort();
    const [result, ms] = await timed(
      app.dispatch('irc:connect', { ...plain('chair5', '#meet5'), port }),
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'refused',
        message: `The server 127.0.0.1 refused the connection on port ${port}.`,
      },
    });
    expect(ms).toBeLessThan(2000);
    expect(app.statuses()).toEqual(['connecting', 'failed']);
  });

  it('an unknown host fails with its name', async () => {
    const app = startCore();
    const [result, ms] = await timed(
      app.dispatch('irc:connect', { ...plain('chair6', '#meet6'), server: 'irc.example.invalid' }),
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'host-not-found', message: 'Could not find the server irc.example.invalid.' },
    });
    expect(ms).toBeLessThan(15_000);
  });

  it('a nick someone already uses falls back to nick_ and says so in the status', async () => {
    await bot('taken6');
    const app = startCore();
    const result = await app.dispatch('irc:connect', plain('taken6', '#meet6'));
    expect(result).toMatchObject({ ok: true, value: { state: 'joined', nick: 'taken6_' } });
  });

  it('a nick whose fallbacks are all in use too fails with a nick named', async () => {
    await bot('taken7');
    await bot('taken7_');
    await bot('taken7__');
    const app = startCore();
    const result = await app.dispatch('irc:connect', plain('taken7', '#meet7'));
    expect(result).toMatchObject({ ok: false, error: { code: 'nick-in-use' } });
    expect(!result.ok && result.error.message).toMatch(
      /^The nick taken7_{0,2} is already in use on this server\.$/,
    );
  });

  it('a channel name the server refuses fails with that name', async () => {
    const app = startCore();
    const result = await app.dispatch('irc:connect', plain('chair8', '!meet8'));
    expect(result).toMatchObject({ ok: false, error: { code: 'no-such-channel' } });
    expect(!result.ok && result.error.message).toMatch(
      /^The server will not open the channel !meet8\./,
    );
  });

  it('an untrusted TLS certificate fails with the reason', async () => {
    const app = startCore();
    const result = await app.dispatch('irc:connect', {
      ...plain('chair9', '#meet9'),
      tls: true,
      port: ircd.tlsPort,
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'tls-untrusted',
        message: 'The certificate of 127.0.0.1 is not trusted: self-signed certificate.',
      },
    });
  });

  it('mixing up the plain and TLS ports says so', async () => {
    const app = startCore({ connectTimeoutMs: 1000 });
    const plainToTls = await app.dispatch('irc:connect', {
      ...plain('chair13', '#meet13'),
      port: ircd.tlsPort,
    });
    // GnuTLS answers the stray text with a reset or a clean close, depending on timing.
    expect(plainToTls).toMatchObject({
      ok: false,
      error: { code: expect.stringMatching(/^(reset|closed)$/) },
    });
    expect(!plainToTls.ok && plainToTls.error.message).toMatch(
      /If port \d+ expects TLS, turn TLS on\.$/,
    );
    const [tlsToPlain, ms] = await timed(
      app.dispatch('irc:connect', { ...plain('chair13', '#meet13'), tls: true }),
    );
    expect(tlsToPlain).toEqual({
      ok: false,
      error: {
        code: 'timeout',
        message: `The TLS handshake with 127.0.0.1:${ircd.port} did not finish within 1 s. Check that port ${ircd.port} expects TLS.`,
      },
    });
    expect(ms).toBeLessThan(2000);
  });

  it('a server that accepts but never answers times out within the bound', async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer((s) => sockets.push(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    cleanups.push(async () => {
      sockets.forEach((s) => s.destroy());
      await new Promise((r) => silent.close(r));
    });
    const port = (silent.address() as { port: number }).port;
    const app = startCore({ connectTimeoutMs: 500 });
    const [result, ms] = await timed(
      app.dispatch('irc:connect', { ...plain('chair10', '#meet10'), port }),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'timeout' } });
    expect(!result.ok && result.error.message).toMatch(
      /did not complete the sign-in within 0\.5 s/,
    );
    expect(ms).toBeGreaterThanOrEqual(450);
    expect(ms).toBeLessThan(1500);
  });

  it('the app stays usable: connect after a failure works, and connect replaces a connection', async () => {
    const app = startCore();
    await app.dispatch('irc:connect', { ...plain('chair11', '#meet11'), port: await freePort() });
    expect(await app.dispatch('irc:connect', plain('chair11', '#meet11'))).toMatchObject({
      ok: true,
    });
    // Same nick: this succeeds only if the first connection quit before the second signed in.
    expect(await app.dispatch('irc:connect', plain('chair11', '#meet11b'))).toMatchObject({
      ok: true,
      value: { channel: '#meet11b' },
    });
    await app.dispatch('irc:disconnect', {});
    expect(await app.dispatch('irc:getStatus', {})).toMatchObject({
      ok: true,
      value: { state: 'disconnected' },
    });
  });

  it('after close the core refuses to connect', async () => {
    const app = startCore();
    await app.dispatch('irc:connect', plain('chair12', '#meet12'));
    await app.core.close();
    expect(await app.dispatch('irc:connect', plain('chair12', '#meet12'))).toMatchObject({
      ok: false,
      error: { code: 'closed' },
    });
  });
});

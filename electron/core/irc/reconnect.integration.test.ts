import { afterEach, describe, expect, it } from 'vitest';
import type { TranscriptLine } from '../../../shared/domain/line';
import { createDispatcher } from '../../../shared/ipc/dispatch';
import type { ConnectionStatus, Payload } from '../../../shared/ipc/schemas';
import { Bot } from '../../testing/bot';
import { startNgircd, type Ngircd } from '../../testing/ngircd';
import { createCore } from '../create-core';
import type { SettingsBackend } from '../types';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function memorySettings(): SettingsBackend {
  const values = { lastConnection: null, theme: 'system' } as Record<string, unknown>;
  return { get: (key) => values[key] as never, set: (key, value) => void (values[key] = value) };
}

/** Polls `read` until `accept` holds, for at most `ms`, letting I/O run between tries. */
async function eventually<T>(
  read: () => T | Promise<T>,
  accept: (value: T) => boolean,
  ms: number,
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > until) throw new Error(`not met within ${ms} ms: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function bot(ircd: Ngircd, nick: string): Promise<Bot> {
  const b = await Bot.connect({ host: ircd.host, port: ircd.port, nick });
  cleanups.push(() => b.quit());
  await b.join('#meet');
  return b;
}

describe('a server that dies and comes back', () => {
  it('is rejoined within 5 s of being back, with one gap line and no duplicate lines', async () => {
    const ircd = await startNgircd();
    cleanups.push(() => ircd.stop());
    const core = createCore({
      shell: 'browser',
      version: '0.0.0-test',
      settings: memorySettings(),
      dataDir: '/nonexistent',
      log: () => {},
    });
    cleanups.push(() => core.close());
    const dispatch = createDispatcher(core.handlers);
    const statuses: { at: number; status: ConnectionStatus }[] = [];
    core.subscribe((event, payload) => {
      if (event === 'irc:status')
        statuses.push({ at: Date.now(), status: payload as ConnectionStatus });
    });
    const request = {
      server: '127.0.0.1',
      port: ircd.port,
      tls: false,
      nick: 'chair',
      channel: '#meet',
    };
    expect(await dispatch('irc:connect', request)).toMatchObject({ ok: true });

    const transcript = async () => {
      const slice = await dispatch('transcript:since', { channel: '#meet', afterSeq: 0 });
      return slice.ok
        ? (slice.value as Payload<'transcript:append'> & { lines: TranscriptLine[] }).lines
        : [];
    };
    const said = (lines: TranscriptLine[], text: string) => lines.filter((l) => l.text === text);
    const alice = await bot(ircd, 'alice');
    alice.say('#meet', 'before the crash');
    await eventually(transcript, (ls) => said(ls, 'before the crash').length > 0, 3000);

    await ircd.crash();
    await eventually(
      () => statuses.at(-1)?.status.state,
      (s) => s === 'reconnecting',
      3000,
    );
    await new Promise((r) => setTimeout(r, 1500));
    await ircd.start();
    const back = Date.now();
    const rejoined = await eventually(
      () => statuses.find((s) => s.at >= back && s.status.state === 'joined'),
      (s) => s !== undefined,
      5000,
    );
    const seconds = ((rejoined?.at ?? 0) - back) / 1000;
    expect(seconds).toBeLessThan(5);
    console.info(`rejoined ${seconds.toFixed(2)} s after the server was back`);
    const reconnecting = statuses.filter((s) => s.status.state === 'reconnecting');
    expect(reconnecting[0]?.status.reconnect).toMatchObject({ attempt: 1, keepAlive: false });
    expect(reconnecting.at(-1)?.status.reconnect?.attempt).toBeGreaterThan(1);
    expect(await dispatch('irc:getStatus', {})).toMatchObject({
      ok: true,
      value: { state: 'joined', channels: ['#meet'] },
    });

    const bob = await bot(ircd, 'bob');
    bob.say('#meet', 'after the restart');
    const lines = await eventually(
      transcript,
      (ls) => said(ls, 'after the restart').length > 0,
      3000,
    );
    expect(said(lines, 'before the crash')).toHaveLength(1);
    expect(said(lines, 'after the restart')).toHaveLength(1);
    const gapLines = lines.filter((l) => l.kind === 'gap');
    expect(gapLines).toHaveLength(1);
    expect(gapLines[0]?.text).toMatch(
      /^Gavel was not connected from \d\d:\d\d:\d\d to \d\d:\d\d:\d\d UTC/,
    );
    expect(lines.map((l) => l.seq)).toEqual(lines.map((_, i) => i + 1));
  }, 20_000);
});

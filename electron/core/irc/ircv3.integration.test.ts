import { afterEach, describe, expect, it } from 'vitest';
import type { LogLine } from '../../../shared/domain/line';
import type { ConnectionStatus } from '../../../shared/ipc/schemas';
import { Bot } from '../../testing/bot';
import { startInspircd } from '../../testing/inspircd';
import { systemClock } from '../clock';
import { IrcService } from './irc-service';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Polls `read` until `accept` holds, for at most `ms`, letting I/O run between tries. */
async function eventually<T>(read: () => T, accept: (value: T) => boolean, ms = 5000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = read();
    if (accept(value)) return value;
    if (Date.now() > until) throw new Error(`not met within ${ms} ms: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

// InspIRCd 3 offers echo-message, server-time and msgid, and with chanhistory (+H) replays a
// channel's recent lines to whoever joins: the reconnect must not record them twice.
describe('against InspIRCd with echo-message, server-time and history replay', () => {
  it('records the chair’s echoed line once, and lines replayed on rejoin only when new', async () => {
    const ircd = await startInspircd();
    cleanups.push(() => ircd.stop());
    const op = await Bot.connect({ host: ircd.host, port: ircd.port, nick: 'op' });
    cleanups.push(() => op.quit());
    await op.join('#meet');
    op.mode('#meet', '+H', '50:1d');

    const lines: (LogLine & { self: boolean })[] = [];
    const statuses: ConnectionStatus[] = [];
    const irc = new IrcService({
      clock: systemClock,
      onStatus: (s) => statuses.push(s),
      onLine: (_channel, line, self) => lines.push({ ...line, self }),
    });
    cleanups.push(() => irc.close());
    const connected = await irc.connect({
      server: '127.0.0.1',
      port: ircd.port,
      tls: false,
      nick: 'chair',
      channel: '#meet',
    });
    expect(connected).toMatchObject({ ok: true });

    op.say('#meet', 'before the drop');
    expect(irc.say('#info echoed by the server')).toMatchObject({ ok: true });
    expect(irc.say('/me waves')).toMatchObject({ ok: true });
    await eventually(
      () => lines,
      (ls) => ls.some((l) => l.kind === 'action'),
    );
    const echoed = lines.filter((l) => l.text === '#info echoed by the server');
    expect(echoed).toMatchObject([{ nick: 'chair', self: true, kind: 'message' }]);
    // server-time: the stamp carries the server's milliseconds, not the moment we sent it
    expect(echoed[0]?.at).not.toBeNull();
    expect(lines.filter((l) => l.kind === 'action')).toMatchObject([
      { nick: 'chair', text: 'waves', self: true },
    ]);

    op.command('OPER', 'bot', 'botpass');
    await new Promise((r) => setTimeout(r, 200));
    op.command('KILL', 'chair', 'network trouble');
    await eventually(
      () => statuses.at(-1)?.state,
      (s) => s === 'reconnecting',
    );
    op.say('#meet', 'said while away');
    await eventually(
      () => irc.status().state,
      (s) => s === 'joined',
      8000,
    );
    await eventually(
      () => lines,
      (ls) => ls.some((l) => l.text === 'said while away'),
    );
    await new Promise((r) => setTimeout(r, 300));

    const count = (text: string) => lines.filter((l) => l.text === text).length;
    expect(count('before the drop')).toBe(1);
    expect(count('#info echoed by the server')).toBe(1);
    expect(count('waves')).toBe(1);
    expect(count('said while away')).toBe(1);
    expect(lines.filter((l) => l.kind === 'gap')).toHaveLength(1);
  }, 20_000);
});

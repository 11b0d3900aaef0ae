import { afterEach, describe, expect, it } from 'vitest';
import type { ConnectionStatus } from '../../../shared/ipc/schemas';
import { Bot } from '../../testing/bot';
import { startNgircd } from '../../testing/ngircd';
import { IrcService } from './irc-service';
import { systemClock } from '../clock';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

// ngircd keeps its default flood penalties here (3 commands per pass, 256 bytes per second), and
// Gavel uses its default send rate: the burst must arrive whole, in order, with no disconnect.
describe('a burst of 100 chair commands against ngircd’s default flood limits', () => {
  it('is delivered in order without a flood disconnect', async () => {
    const ircd = await startNgircd({ floodControl: true });
    cleanups.push(() => ircd.stop());
    const statuses: ConnectionStatus[] = [];
    const irc = new IrcService({
      clock: systemClock,
      onStatus: (s) => statuses.push(s),
      onLine: () => {},
    });
    cleanups.push(() => irc.close());
    const listener = await Bot.connect({ host: ircd.host, port: ircd.port, nick: 'listener' });
    cleanups.push(() => listener.quit());
    await listener.join('#meet');
    expect(
      await irc.connect({
        server: '127.0.0.1',
        port: ircd.port,
        tls: false,
        nick: 'chair',
        channel: '#meet',
      }),
    ).toMatchObject({ ok: true });

    const start = Date.now();
    for (let i = 1; i <= 100; i++)
      expect(irc.say(`#info agenda item ${i} of the burst`)).toMatchObject({ ok: true });
    await listener.waitForMessage((m) => m.text === '#info agenda item 100 of the burst', 150_000);
    const seconds = (Date.now() - start) / 1000;
    console.info(`100 commands delivered in ${seconds.toFixed(1)} s`);

    const heard = listener.received.filter((m) => m.nick === 'chair').map((m) => m.text);
    expect(heard).toEqual(
      Array.from({ length: 100 }, (_, i) => `#info agenda item ${i + 1} of the burst`),
    );
    expect(statuses.map((s) => s.state)).toEqual(['connecting', 'registered', 'joined']);
    expect(irc.status().state).toBe('joined');
    expect(ircd.log()).not.toMatch(/flood|too long|exhausted/i);
  }, 180_000);
});

import { afterEach, describe, expect, it } from 'vitest';
import type { ConnectionStatus, ConnectRequest } from '../../../shared/ipc/schemas';
import { FakeServer, scriptedReplies } from '../../testing/fake-transport';
import { ManualClock } from '../../testing/manual-clock';
import { IrcService } from './irc-service';
import { MAX_QUEUED_LINES } from './send-queue';

const request: ConnectRequest = {
  server: 'irc.test',
  port: 6667,
  tls: false,
  nick: 'chair',
  channel: '#meet',
};

let service: IrcService | null = null;
afterEach(async () => {
  await service?.close();
  service = null;
});

function setup(reply: (line: string) => string[] = scriptedReplies()) {
  const server = new FakeServer();
  server.reply = reply;
  const statuses: ConnectionStatus[] = [];
  const lines: string[] = [];
  const joined: ConnectRequest[] = [];
  service = new IrcService({
    clock: new ManualClock(),
    transport: server.Transport,
    onStatus: (s) => statuses.push(s),
    onLine: (channel, line) => lines.push(`${channel} ${line.nick}: ${line.text}`),
    onJoined: (r) => joined.push(r),
  });
  return { service, server, statuses, lines, joined };
}

describe('IrcService', () => {
  it('starts idle and resolves connect once joined', async () => {
    const { service, joined } = setup();
    expect(service.status()).toMatchObject({ state: 'idle', server: null, error: null });
    expect(await service.connect(request)).toMatchObject({ ok: true, value: { state: 'joined' } });
    expect(joined).toEqual([request]);
  });

  it('a newer connect settles the older one as replaced; a replaced or cancelled one never starts', async () => {
    const { service, statuses } = setup(() => []);
    const first = service.connect(request);
    const second = service.connect({ ...request, channel: '#other' });
    expect(await first).toEqual({
      ok: false,
      error: { code: 'replaced', message: 'A newer connection request replaced this one.' },
    });
    await service.disconnect();
    expect(await second).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(statuses.map((s) => `${s.channel} ${s.state}`)).toEqual([
      '#meet connecting',
      '#other disconnected',
    ]);
  });

  it('say needs a joined channel and something to send', async () => {
    const { service, server } = setup();
    expect(service.say('hello')).toMatchObject({ ok: false, error: { code: 'not-connected' } });
    await service.connect(request);
    expect(service.say(' \r\n ')).toEqual({
      ok: false,
      error: { code: 'empty', message: 'Nothing to send.' },
    });
    expect(service.say('hello')).toEqual({ ok: true, value: { lines: 1 } });
    expect(server.written.at(-1)).toBe('PRIVMSG #meet hello');
  });

  it('bounds the send queue: a flood of says is refused with a clear error, and sending goes on', async () => {
    const clock = new ManualClock();
    const server = new FakeServer();
    server.reply = scriptedReplies();
    service = new IrcService({
      clock,
      transport: server.Transport,
      onStatus: () => {},
      onLine: () => {},
    });
    await service.connect(request);
    const before = server.written.length;
    const twelve = Array.from({ length: 12 }, (_, i) => `line ${i + 1}`).join('\n');
    const results = Array.from({ length: 5000 }, () => service!.say(twelve));
    const accepted = results.filter((r) => r.ok).length;
    const refused = results.find((r) => !r.ok);
    console.info(
      `5,000 says of 12 lines: ${accepted} accepted (${accepted * 12} lines), ${results.length - accepted} refused`,
    );
    expect(accepted * 12).toBeLessThanOrEqual(MAX_QUEUED_LINES + 3);
    expect(accepted).toBeGreaterThan(0);
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'queue-full',
        message: expect.stringMatching(/^Not sent: \d+ lines are still waiting/),
      },
    });
    // A second at a time, letting the server's answers to Gavel's idle PINGs arrive.
    for (let s = 0; s < accepted * 12; s++) {
      clock.advance(1000);
      await new Promise((r) => setImmediate(r));
    }
    const privmsgs = server.written.slice(before).filter((l) => l.startsWith('PRIVMSG'));
    expect(privmsgs).toHaveLength(accepted * 12);
    expect(service.say('after the flood')).toEqual({ ok: true, value: { lines: 1 } });
  });

  it('passes the channel’s lines on, named by the requested channel', async () => {
    const { service, server, lines } = setup();
    await service.connect(request);
    server.feed(':alice!a@h PRIVMSG #meet :hi');
    await new Promise((r) => setImmediate(r));
    expect(lines).toEqual(['#meet chair: ', '#meet alice: hi']);
  });

  it('refuses to connect once closed', async () => {
    const { service } = setup();
    await service.close();
    expect(await service.connect(request)).toMatchObject({ ok: false, error: { code: 'closed' } });
  });
});

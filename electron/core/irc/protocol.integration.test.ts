import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LogLine } from '../../../shared/domain/line';
import type { ConnectionStatus, ConnectRequest } from '../../../shared/ipc/schemas';
import { RawPeer, welcome, type PeerConnection } from '../../testing/raw-peer';
import { IrcConnection } from './connection';

// Protocol cases real servers do not produce on demand (irctest's client scenarios among them),
// played by a scripted server on loopback against the real TCP transport.

let peer: RawPeer;
let conn: IrcConnection | null = null;
beforeEach(async () => {
  peer = await RawPeer.start();
});
afterEach(async () => {
  await conn?.close();
  conn = null;
  await peer.stop();
});

function connect(extra: Partial<ConnectRequest> = {}) {
  const statuses: ConnectionStatus[] = [];
  const lines: LogLine[] = [];
  const bugs: string[] = [];
  const request: ConnectRequest = {
    server: '127.0.0.1',
    port: peer.port,
    tls: false,
    nick: 'chair',
    channel: '#meet',
    ...extra,
  };
  conn = new IrcConnection({
    request,
    connectTimeoutMs: 4000,
    onStatus: (s) => statuses.push(s),
    onLine: (_channel, line) => lines.push(line),
    onBug: (b) => bugs.push(b),
  });
  conn.start();
  const settled = async (state: string, ms = 3000) => {
    const until = Date.now() + ms;
    while (conn?.status.state !== state) {
      if (Date.now() > until)
        throw new Error(
          `state ${conn?.status.state} is not ${state}: ${JSON.stringify(conn?.status)}`,
        );
      await new Promise((r) => setTimeout(r, 10));
    }
    return conn.status;
  };
  return { statuses, lines, bugs, settled, conn };
}

/** Reads SASL PLAIN from the client after `AUTHENTICATE +`: the chunks and the decoded payload. */
async function readPlain(client: PeerConnection): Promise<{ chunks: string[]; payload: string }> {
  const chunks: string[] = [];
  for (;;) {
    const line = await client.expect(/^AUTHENTICATE /);
    const chunk = line.slice('AUTHENTICATE '.length);
    chunks.push(chunk);
    if (chunk.length < 400) break;
  }
  const b64 = chunks.filter((c) => c !== '+').join('');
  return { chunks, payload: Buffer.from(b64, 'base64').toString('utf8') };
}

async function saslSignIn(client: PeerConnection, reply: string[]) {
  await client.expect(/^CAP LS 302$/);
  client.send(':irc.test CAP * LS :sasl=PLAIN,EXTERNAL server-time');
  const req = await client.expect(/^CAP REQ /);
  expect(req).toMatch(/\bsasl\b/);
  client.send(`:irc.test CAP * ACK :${req.split(':')[1]}`);
  await client.expect(/^AUTHENTICATE PLAIN$/);
  client.send('AUTHENTICATE +');
  const plain = await readPlain(client);
  client.send(...reply);
  return plain;
}

describe('capability negotiation', () => {
  it('sends CAP LS 302 first and CAP END after an empty LS', async () => {
    const app = connect();
    const client = await peer.accept();
    expect(await client.next()).toBe('CAP LS 302');
    client.send(':irc.test CAP * LS :');
    await client.expect(/^CAP END$/);
    expect(client.lines.some((l) => l.startsWith('CAP REQ'))).toBe(false);
    expect(client.lines.some((l) => l.startsWith('USER '))).toBe(true);
    client.send(':irc.test 001 chair :Welcome');
    const join = await client.expect(/^JOIN /);
    client.send(`:chair!g@h ${join}`);
    await app.settled('joined');
  });

  it('signs in to a server that ignores CAP altogether', async () => {
    const app = connect();
    const client = await peer.accept();
    await client.expect(/^USER /);
    client.send(':irc.test 001 chair :Welcome');
    await client.expect(/^JOIN #meet$/);
    client.send(':chair!g@h JOIN #meet');
    await app.settled('joined');
  });
});

describe('SASL PLAIN', () => {
  it.each([
    ['a payload of exactly 400 base64 bytes ends with AUTHENTICATE +', 288, ['x'.repeat(400), '+']],
    ['a longer payload is split into 400-byte chunks', 300, ['x'.repeat(400), 'x'.repeat(16)]],
  ])('%s', async (_name, length, shape) => {
    const password = 'p'.repeat(length);
    const app = connect({ sasl: { account: 'gavel', password } });
    const client = await peer.accept();
    const { chunks, payload } = await saslSignIn(client, [
      ':irc.test 900 chair chair!g@h gavel :You are now logged in as gavel',
      ':irc.test 903 chair :SASL authentication successful',
    ]);
    expect(chunks.map((c) => (c === '+' ? '+' : 'x'.repeat(c.length)))).toEqual(shape);
    expect(payload).toBe(`gavel\0gavel\0${password}`);
    await client.expect(/^CAP END$/);
    client.send(':irc.test 001 chair :Welcome');
    const join = await client.expect(/^JOIN /);
    client.send(`:chair!g@h ${join}`);
    await app.settled('joined');
  });

  it('a refused login (904) fails with a message naming the account, and the client leaves', async () => {
    const app = connect({ sasl: { account: 'gavel', password: 'wrong' } });
    const client = await peer.accept();
    await saslSignIn(client, [':irc.test 904 chair :SASL authentication failed']);
    const status = await app.settled('failed');
    expect(status.error).toEqual({
      code: 'sasl-failed',
      message:
        'The server refused the SASL login for account gavel; check the account name and password. (the server says: SASL authentication failed)',
    });
    await client.waitClosed();
    expect(client.lines.some((l) => l.includes('wrong'))).toBe(false);
  });

  it('a server that offers no SASL is not sent the password and the user is told', async () => {
    const app = connect({ sasl: { account: 'gavel', password: 'secret' } });
    const client = await peer.accept();
    await client.expect(/^CAP LS 302$/);
    client.send(':irc.test CAP * LS :server-time');
    const req = await client.expect(/^CAP REQ /);
    client.send(`:irc.test CAP * ACK :${req.split(':')[1]}`);
    const status = await app.settled('failed');
    expect(status.error?.code).toBe('sasl-failed');
    expect(status.error?.message).toMatch(/does not offer SASL/);
    expect(client.lines.some((l) => l.startsWith('AUTHENTICATE'))).toBe(false);
  });
});

describe('sign-in extras', () => {
  it('sends the server password before NICK and identifies to NickServ after the welcome', async () => {
    const app = connect({ password: 'serverpw', nickservPassword: 'ns secret' });
    const client = await peer.accept();
    await client.expect(/^CAP LS 302$/);
    client.send(':irc.test CAP * LS :');
    expect(await client.expect(/^PASS /)).toBe('PASS serverpw');
    await client.expect(/^NICK chair$/);
    await client.expect(/^USER /);
    client.send(':irc.test 001 chair :Welcome');
    expect(await client.expect(/NickServ/)).toBe('PRIVMSG NickServ :IDENTIFY ns secret');
    client.send(`:chair!g@h ${await client.expect(/^JOIN /)}`);
    await app.settled('joined');
  });

  it('falls back to the other nicks, then nick_, when the nick is taken', async () => {
    const app = connect({ altNicks: ['chairman'] });
    const client = await peer.accept();
    await client.expect(/^CAP LS 302$/);
    client.send(':irc.test CAP * LS :');
    await client.expect(/^NICK chair$/);
    client.send(':irc.test 433 * chair :Nickname is already in use');
    await client.expect(/^NICK chairman$/);
    client.send(':irc.test 433 * chairman :Nickname is already in use');
    await client.expect(/^NICK chair_$/);
    client.send(':irc.test 001 chair_ :Welcome');
    client.send(`:chair_!g@h ${await client.expect(/^JOIN /)}`);
    expect((await app.settled('joined')).nick).toBe('chair_');
  });
});

describe('hostile input from the server', () => {
  it('survives malformed lines, lines over 512 bytes and invalid UTF-8, and keeps recording', async () => {
    const app = connect();
    const client = await peer.accept();
    await welcome(client, 'chair');
    await app.settled('joined');
    client.send(
      ':',
      '@',
      '@;= :x',
      ':x!y@z',
      'PRIVMSG',
      ':a!b@c PRIVMSG',
      '\x00\x01\x02',
      '  ',
      ':a!b@c 001',
    );
    client.send(`:alice!a@h PRIVMSG #meet :${'long '.repeat(300)}`);
    client.sendBytes(
      Buffer.concat([
        Buffer.from(':bob!b@h PRIVMSG #meet :bad '),
        Buffer.from([0xff, 0xfe, 0xc3, 0x28]),
        Buffer.from(' bytes\r\n'),
      ]),
    );
    client.send(':carol!c@h PRIVMSG #meet :still here');
    const until = Date.now() + 3000;
    while (!app.lines.some((l) => l.text === 'still here') && Date.now() < until)
      await new Promise((r) => setTimeout(r, 10));
    expect(app.conn.status.state).toBe('joined');
    const said = app.lines.filter((l) => l.kind === 'message');
    expect(said.map((l) => l.nick)).toEqual(['alice', 'bob', 'carol']);
    expect(Buffer.byteLength(said[0]?.text ?? '')).toBeLessThan(512);
    expect(said[0]?.text).toMatch(/^(long )+/);
    expect(said[1]?.text).toMatch(/^bad .* bytes$/);
    expect(app.bugs.length).toBeGreaterThan(0);
    expect(app.bugs.every((b) => b.startsWith('A line from the server could not be handled'))).toBe(
      true,
    );
  });

  it('cuts a 4 MB line to what a server allows and removes NUL, within moments', async () => {
    const app = connect();
    const client = await peer.accept();
    await welcome(client, 'chair');
    await app.settled('joined');
    const started = Date.now();
    client.send(`:mallory!m@h PRIVMSG #meet :${'x'.repeat(4 * 1024 * 1024)}`);
    client.send(':mallory!m@h PRIVMSG #meet :nul\0inside');
    client.send(':carol!c@h PRIVMSG #meet :still here');
    const until = Date.now() + 5000;
    while (!app.lines.some((l) => l.text === 'still here') && Date.now() < until)
      await new Promise((r) => setTimeout(r, 10));
    const took = Date.now() - started;
    const said = app.lines.filter((l) => l.kind === 'message');
    console.info(
      `a 4 MB line recorded as ${Buffer.byteLength(said[0]?.text ?? '')} bytes in ${took} ms`,
    );
    expect(said.map((l) => l.nick)).toEqual(['mallory', 'mallory', 'carol']);
    const prefix = Buffer.byteLength(':mallory!m@h PRIVMSG #meet :');
    expect(said[0]?.text).toBe('x'.repeat(510 - prefix));
    expect(said[1]?.text).toBe('nulinside');
    expect(took).toBeLessThan(2000);
  });

  it('keeps at most one line’s worth of a line that never ends, and reads on after its end', async () => {
    const app = connect();
    const client = await peer.accept();
    await welcome(client, 'chair');
    await app.settled('joined');
    const chunk = Buffer.alloc(64 * 1024, 'y');
    client.sendBytes(Buffer.from(':mallory!m@h PRIVMSG #meet :'));
    for (let i = 0; i < 64; i++) client.sendBytes(chunk);
    client.sendBytes(Buffer.from('tail\r\n'));
    client.send(':carol!c@h PRIVMSG #meet :still here');
    const until = Date.now() + 5000;
    while (!app.lines.some((l) => l.text === 'still here') && Date.now() < until)
      await new Promise((r) => setTimeout(r, 10));
    const said = app.lines.filter((l) => l.kind === 'message');
    expect(said.map((l) => l.nick)).toEqual(['mallory', 'carol']);
    expect(said[0]?.text).toMatch(/^y+$/);
    expect(Buffer.byteLength(said[0]?.text ?? '')).toBeLessThan(512);
    expect(app.conn.status.state).toBe('joined');
  });
});

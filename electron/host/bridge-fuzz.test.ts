import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { Handlers } from '../../shared/ipc/bridge';
import { INVOKE_CHANNELS } from '../../shared/ipc/channels';
import { MAX_BRIDGE_MESSAGE_BYTES } from '../../shared/ipc/limits';
import { fail, ok } from '../../shared/ipc/result';
import type { Core } from '../core/types';
import { startHost, type RunningHost } from './server';

const TOKEN = 'fuzz-token';

function core(): Core {
  const handlers = {
    ...(Object.fromEntries(
      INVOKE_CHANNELS.map((c) => [c, async () => fail('not-here', 'Not part of this test.')]),
    ) as unknown as Handlers),
    'app:info': async () => ok({ name: 'Gavel', version: '1', shell: 'browser' as const }),
  };
  return { handlers, subscribe: () => () => {}, close: async () => {} };
}

/** A deterministic byte source, so a failing round can be replayed. */
function prng(seed: number) {
  return (n: number) => {
    const out = Buffer.alloc(n);
    for (let i = 0; i < n; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      out[i] = seed >>> 24;
    }
    return out;
  };
}

/** A client frame: FIN/RSV/opcode byte, then a masked (or not) payload. */
function frame(first: number, payload: Buffer, masked = true): Buffer {
  const mask = masked ? randomBytes(4) : Buffer.alloc(0);
  const body = Buffer.from(payload.map((b, i) => (masked ? b ^ mask[i % 4]! : b)));
  const m = masked ? 0x80 : 0;
  let head: Buffer;
  if (payload.length < 126) head = Buffer.from([first, m | payload.length]);
  else if (payload.length < 65536) {
    head = Buffer.from([first, m | 126, 0, 0]);
    head.writeUInt16BE(payload.length, 2);
  } else {
    head = Buffer.from([first, m | 127, 0, 0, 0, 0, 0, 0, 0, 0]);
    head.writeBigUInt64BE(BigInt(payload.length), 2);
  }
  return Buffer.concat([head, mask, body]);
}

const closeCode = (code: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(code);
  return b;
};

/** A header announcing `length` bytes that never come. */
function hugeHeader(length: bigint): Buffer {
  const head = Buffer.from([0x81, 0x80 | 127, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4]);
  head.writeBigUInt64BE(length, 2);
  return head;
}

describe('the browser host under malformed input', () => {
  let dir: string;
  let host: RunningHost;
  let origin: string;
  let cookie: string;
  const logged: string[] = [];

  /** Opens an authenticated bridge socket over raw TCP; resolves once upgraded. */
  function rawSocket(): Promise<Socket> {
    return new Promise((resolve, reject) => {
      const socket = connect(host.port, '127.0.0.1');
      const timer = setTimeout(() => reject(new Error('no upgrade within 2 s')), 2000);
      let head = '';
      socket.on('data', function onData(d: Buffer) {
        head += d.toString('latin1');
        if (!head.includes('\r\n\r\n')) return;
        socket.off('data', onData);
        clearTimeout(timer);
        if (head.startsWith('HTTP/1.1 101')) resolve(socket);
        else reject(new Error(head));
      });
      socket.on('error', () => {});
      socket.write(
        [
          'GET /bridge HTTP/1.1',
          `Host: 127.0.0.1:${host.port}`,
          `Origin: ${origin}`,
          `Cookie: ${cookie}`,
          'Upgrade: websocket',
          'Connection: Upgrade',
          `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
          'Sec-WebSocket-Version: 13',
          '',
          '',
        ].join('\r\n'),
      );
    });
  }

  /** Sends `bytes` on a fresh authenticated socket and waits (bounded) for the host to close it. */
  async function throwAt(bytes: Buffer): Promise<void> {
    const socket = await rawSocket();
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        socket.destroy();
        resolve();
      }, 300);
      socket.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      socket.write(bytes);
    });
  }

  /** True when a well-behaved page can still connect and get an answer. */
  async function hostAnswers(): Promise<boolean> {
    const ws = new WebSocket(`ws://127.0.0.1:${host.port}/bridge`, { origin, headers: { cookie } });
    try {
      await new Promise((resolve, reject) => {
        ws.once('open', resolve);
        ws.once('error', reject);
      });
      const reply = new Promise<string>((resolve) =>
        ws.once('message', (d) => resolve(d.toString())),
      );
      ws.send(JSON.stringify({ type: 'call', id: 7, channel: 'app:info', req: {} }));
      return JSON.parse(await reply).result.ok === true;
    } finally {
      ws.terminate();
    }
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gavel-fuzz-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Gavel</title>');
    host = await startHost({
      core: core(),
      rendererDir: dir,
      token: TOKEN,
      log: (m) => logged.push(m),
    });
    origin = `http://127.0.0.1:${host.port}`;
    const traded = await fetch(`${origin}/session`, {
      method: 'POST',
      headers: { origin, authorization: `Bearer ${TOKEN}` },
    });
    cookie = (traded.headers.get('set-cookie') ?? '').split(';')[0]!;
  });
  afterAll(async () => {
    await host?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const malformed: [string, Buffer][] = [
    ['invalid UTF-8 in a text frame', frame(0x81, Buffer.from([0xff, 0xfe, 0xc3]))],
    ['an unmasked client frame', frame(0x81, Buffer.from('{"type":"call"}'), false)],
    ['a reserved opcode', frame(0x83, Buffer.from('x'))],
    ['a reserved control opcode', frame(0x8b, Buffer.alloc(0))],
    ['a close frame with an invalid code', frame(0x88, closeCode(999))],
    ['a close frame with a 1-byte body', frame(0x88, Buffer.from([3]))],
    ['RSV1 without an extension', frame(0xc1, Buffer.from('hi'))],
    ['RSV2 and RSV3', frame(0xb1, Buffer.from('hi'))],
    ['a fragmented control frame', frame(0x09, Buffer.from('ping'))],
    ['a continuation with nothing to continue', frame(0x80, Buffer.from('x'))],
    ['a control frame over 125 bytes', frame(0x89, Buffer.alloc(200))],
    ['a length over the limit', hugeHeader(BigInt(MAX_BRIDGE_MESSAGE_BYTES + 1))],
    ['a 2^63-1 length', hugeHeader(2n ** 63n - 1n)],
    [
      'a message over the limit, sent whole',
      frame(0x81, Buffer.alloc(MAX_BRIDGE_MESSAGE_BYTES + 10, 0x61)),
    ],
  ];

  it.each(malformed)('survives %s, logs it and still answers', async (_name, bytes) => {
    const before = logged.length;
    await throwAt(bytes);
    expect(await hostAnswers()).toBe(true);
    expect(logged.slice(before)).toContain('a bridge socket sent a malformed frame; it was closed');
  });

  it('answers well-formed binary frames of random bytes as unreadable, and still answers', async () => {
    const random = prng(20261207);
    const ws = new WebSocket(`ws://127.0.0.1:${host.port}/bridge`, { origin, headers: { cookie } });
    try {
      await new Promise((resolve, reject) => {
        ws.once('open', resolve);
        ws.once('error', reject);
      });
      for (let round = 0; round < 40; round++) {
        const payload = random(1 + (random(2).readUInt16BE() % 2048));
        // Half of them claim a head that fits, to reach the JSON behind it.
        if (round % 2 === 0 && payload.length > 4) payload.writeUInt32BE(payload.length - 4, 0);
        const reply = new Promise<string>((resolve) =>
          ws.once('message', (d) => resolve(d.toString())),
        );
        ws.send(payload);
        expect(JSON.parse(await reply)).toMatchObject({ id: -1, result: { ok: false } });
      }
    } finally {
      ws.terminate();
    }
    expect(await hostAnswers()).toBe(true);
  });

  it('survives 60 rounds of random bytes and still answers', async () => {
    const random = prng(20261206);
    for (let round = 0; round < 60; round++) {
      const size = 1 + (random(2).readUInt16BE() % 4096);
      await throwAt(random(size));
    }
    expect(await hostAnswers()).toBe(true);
  });
});

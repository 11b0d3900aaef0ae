import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { EventSink, Handlers } from '../../shared/ipc/bridge';
import { INVOKE_CHANNELS } from '../../shared/ipc/channels';
import { IMPORT_CHUNK_BYTES } from '../../shared/ipc/after-meeting-schemas';
import { fail, ok } from '../../shared/ipc/result';
import type { ConnectionStatus } from '../../shared/ipc/schemas';
import { encodeBinaryCall } from '../../shared/ipc/ws-binary';
import type { Core } from '../core/types';
import { startHost, type RunningHost } from './server';

const status: ConnectionStatus = {
  state: 'idle',
  server: null,
  port: null,
  tls: false,
  nick: null,
  channel: null,
  error: null,
  since: 0,
};
const notHere = async () => fail('not-here', 'Not part of this test.');

function fakeCore(): Core & { emit: EventSink } {
  const sinks = new Set<EventSink>();
  const handlers: Handlers = {
    ...(Object.fromEntries(INVOKE_CHANNELS.map((c) => [c, notHere])) as unknown as Handlers),
    'app:info': async () => ok({ name: 'Gavel', version: '9.9.9', shell: 'browser' as const }),
    'irc:connect': async (req) => ok({ ...status, state: 'connecting', server: req.server }),
    'irc:disconnect': notHere,
    'irc:say': async () => {
      throw new Error('a bug');
    },
    'irc:getStatus': async () => ok(status),
    'import:chunk': async ({ importId, data }) =>
      importId === 'known'
        ? ok({ received: [...data].reduce((sum, b) => sum + b, 0) })
        : fail('no-such-import', 'There is no such import under way.'),
  };
  return {
    handlers,
    subscribe: (sink) => (sinks.add(sink), () => sinks.delete(sink)),
    close: async () => {},
    emit: (event, payload) => sinks.forEach((s) => s(event, payload)),
  };
}

/** Trades `token` for a session as the page does; the cookie, or the HTTP status refused with. */
async function trade(origin: string, token: string, from = origin): Promise<string | number> {
  const res = await fetch(`${origin}/session`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, origin: from },
  });
  if (res.status !== 204) return res.status;
  return res.headers.get('set-cookie') ?? '';
}

/** Opens a bridge socket; resolves to the socket, or to the HTTP status it was refused with. */
function open(url: string, origin: string, cookie?: string): Promise<WebSocket | number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { origin, headers: cookie ? { cookie } : {} });
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.once('error', reject);
  });
}

function nextMessage(
  ws: WebSocket,
): Promise<{ type: string; id?: number; result?: unknown; event?: string; payload?: unknown }> {
  return new Promise((resolve) => ws.once('message', (d) => resolve(JSON.parse(d.toString()))));
}

describe('browser host', () => {
  let dir: string;
  let host: RunningHost;
  let core: ReturnType<typeof fakeCore>;
  let origin: string;
  let bridgeUrl: string;
  let cookie: string;
  const addresses: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gavel-host-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Gavel</title>');
    core = fakeCore();
    host = await startHost({
      core,
      rendererDir: dir,
      token: 'test-token-123',
      onNewAddress: (url) => addresses.push(url),
    });
    origin = `http://127.0.0.1:${host.port}`;
    bridgeUrl = `ws://127.0.0.1:${host.port}/bridge`;
    const traded = await trade(origin, 'test-token-123');
    cookie = String(traded).split(';')[0]!;
  });
  afterAll(async () => {
    await host?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints an address with the token in the fragment', () => {
    expect(host.url).toBe(`${origin}/#token=test-token-123`);
  });

  it('serves the renderer with a strict CSP and never outside its folder', async () => {
    const page = await fetch(`${origin}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<title>Gavel</title>');
    const escape = await fetch(`${origin}/..%2f..%2fetc%2fpasswd`);
    expect(await escape.text()).not.toContain('root:');
  });

  it('trades the printed token once for an HttpOnly, SameSite=Strict session cookie', async () => {
    expect(cookie).toMatch(new RegExp(`^gavel-session-${host.port}=[\\w-]{32}$`));
    // Spent: the address the browser keeps in its history opens nothing any more.
    expect(await trade(origin, 'test-token-123')).toBe(401);
    expect(await open(`${bridgeUrl}?token=test-token-123`, origin)).toBe(401);
    // A fresh address is printed for another browser, and it too works once.
    const next = new URL(addresses[0]!).hash.replace('#token=', '');
    expect(next).not.toBe('test-token-123');
    const second = await trade(origin, next);
    expect(second).toMatch(/; HttpOnly; SameSite=Strict; Path=\/$/);
    expect(await trade(origin, next)).toBe(401);
    expect(addresses).toHaveLength(2);
  });

  it('says whether a page still has a session', async () => {
    const ask = (headers: Record<string, string>) =>
      fetch(`${origin}/session`, { headers: { origin, ...headers } }).then((r) => r.status);
    expect(await ask({ cookie })).toBe(204);
    expect(await ask({})).toBe(401);
    expect(await ask({ cookie: `gavel-session-${host.port}=forged` })).toBe(401);
    // As a browser asks after a reload: a same-origin GET carries no Origin header.
    const bare = (headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) =>
        request(`${origin}/session`, { headers }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        })
          .on('error', reject)
          .end(),
      );
    expect(await bare({ cookie })).toBe(204);
    expect(await bare({})).toBe(401);
    expect(await bare({ cookie, host: `evil.example:${host.port}` })).toBe(403);
  });

  it('refuses a token or a session from another origin or host', async () => {
    const current = new URL(addresses.at(-1)!).hash.replace('#token=', '');
    expect(await trade(origin, current, 'https://evil.example')).toBe(403);
    const rebound = await new Promise<number>((resolve, reject) =>
      request(
        `${origin}/session`,
        { headers: { origin, cookie, host: `evil.example:${host.port}` } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      )
        .on('error', reject)
        .end(),
    );
    expect(rebound).toBe(403);
    // Still unspent: refusals do not use a token up.
    expect(await trade(origin, current)).toMatch(/HttpOnly/);
  });

  it('refuses a socket without a session or from another origin', async () => {
    expect(await open(`${bridgeUrl}?token=nope`, origin)).toBe(401);
    expect(await open(bridgeUrl, origin)).toBe(401);
    expect(await open(bridgeUrl, origin, `gavel-session-${host.port}=forged`)).toBe(401);
    expect(await open(bridgeUrl, 'https://evil.example', cookie)).toBe(403);
  });

  it('answers calls, refuses bad payloads and survives bugs and garbage', async () => {
    const ws = (await open(bridgeUrl, origin, cookie)) as WebSocket;
    const call = async (id: number, channel: string, req: unknown) => {
      const reply = nextMessage(ws);
      ws.send(JSON.stringify({ type: 'call', id, channel, req }));
      return reply;
    };
    expect(await call(1, 'app:info', {})).toEqual({
      type: 'result',
      id: 1,
      result: { ok: true, value: { name: 'Gavel', version: '9.9.9', shell: 'browser' } },
    });
    const bad = await call(2, 'irc:connect', { server: 'irc example', port: 'x' });
    expect(bad).toMatchObject({ id: 2, result: { ok: false, error: { code: 'bad-request' } } });
    expect(await call(3, 'shell:exec', {})).toMatchObject({
      id: 3,
      result: { ok: false, error: { code: 'unknown-channel' } },
    });
    expect(await call(4, 'irc:say', { text: 'hi' })).toMatchObject({
      id: 4,
      result: { ok: false, error: { code: 'internal' } },
    });
    const garbage = nextMessage(ws);
    ws.send('{not json');
    expect(await garbage).toMatchObject({
      id: -1,
      result: { ok: false, error: { code: 'bad-request' } },
    });
    expect(await call(5, 'irc:getStatus', {})).toMatchObject({ id: 5, result: { ok: true } });
    ws.close();
  });

  it('takes a call carrying bytes as a binary frame, and refuses a malformed one without harm', async () => {
    const ws = (await open(bridgeUrl, origin, cookie)) as WebSocket;
    const sendFrame = async (frame: Uint8Array) => {
      const reply = nextMessage(ws);
      ws.send(frame);
      return reply;
    };
    const chunk = (id: number, importId: string, data: Uint8Array) =>
      encodeBinaryCall({
        type: 'call',
        id,
        channel: 'import:chunk',
        req: { importId, index: 0, data },
      });
    expect(await sendFrame(chunk(1, 'known', new Uint8Array([1, 2, 250])))).toEqual({
      type: 'result',
      id: 1,
      result: { ok: true, value: { received: 253 } },
    });
    expect(await sendFrame(chunk(2, 'unknown', new Uint8Array([1])))).toMatchObject({
      id: 2,
      result: { ok: false, error: { code: 'no-such-import' } },
    });
    expect(
      await sendFrame(chunk(3, 'known', new Uint8Array(IMPORT_CHUNK_BYTES + 1))),
    ).toMatchObject({ id: 3, result: { ok: false, error: { code: 'bad-request' } } });
    const header = (text: string, data = new Uint8Array([7])) => {
      const bytes = new TextEncoder().encode(text);
      const frame = new Uint8Array(4 + bytes.length + data.length);
      new DataView(frame.buffer).setUint32(0, bytes.length);
      frame.set(bytes, 4);
      frame.set(data, 4 + bytes.length);
      return frame;
    };
    const call = (req: unknown) =>
      JSON.stringify({ type: 'call', id: 4, channel: 'import:chunk', req });
    for (const bad of [
      new Uint8Array([0, 0]),
      new Uint8Array([0xff, 0xff, 0xff, 0xff, 1, 2]),
      header('{not json'),
      header('{"type":"event","id":4}'),
      header(call([1, 2])),
      header(call('text')),
      header(call({ importId: 'known', index: 0, data: 'aGk=' })),
    ]) {
      expect(await sendFrame(bad)).toMatchObject({
        id: -1,
        result: { ok: false, error: { code: 'bad-request', message: 'Unreadable request.' } },
      });
    }
    // A call without bytes sent as a binary frame gets them as its data, which the schema checks.
    expect(
      await sendFrame(
        header(JSON.stringify({ type: 'call', id: 5, channel: 'irc:getStatus', req: {} })),
      ),
    ).toMatchObject({
      id: 5,
      result: { ok: false, error: { code: 'bad-request' } },
    });
    const reply = nextMessage(ws);
    ws.send(JSON.stringify({ type: 'call', id: 6, channel: 'irc:getStatus', req: {} }));
    expect(await reply).toMatchObject({ id: 6, result: { ok: true } });
    ws.close();
  });

  it('pushes core events to connected pages', async () => {
    const ws = (await open(bridgeUrl, origin, cookie)) as WebSocket;
    const event = nextMessage(ws);
    core.emit('irc:status', { ...status, state: 'joined' });
    expect(await event).toEqual({
      type: 'event',
      event: 'irc:status',
      payload: { ...status, state: 'joined' },
    });
    ws.close();
  });

  it('will not listen beyond loopback', async () => {
    await expect(startHost({ core, rendererDir: dir, address: '0.0.0.0' })).rejects.toThrow(
      /loopback/,
    );
  });
});

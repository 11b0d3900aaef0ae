import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { transcriptLine } from '../testing/fake-bridge';
import { MAX_BRIDGE_MESSAGE_BYTES } from '../../../shared/ipc/limits';
import { splitBinaryCall } from '../../../shared/ipc/ws-binary';
import type { SocketHandlers, OpenSocket } from './socket';
import { createWsBridge, type WsBridgeOptions } from './ws-bridge';

/** Sockets the bridge opened, each driven by the test. */
function fakeSockets() {
  const opened: { url: string; handlers: SocketHandlers; sent: unknown[]; closed: boolean }[] = [];
  const openSocket: OpenSocket = (url, handlers) => {
    const socket = { url, handlers, sent: [] as unknown[], closed: false };
    opened.push(socket);
    return {
      send: (data) => void socket.sent.push(typeof data === 'string' ? JSON.parse(data) : data),
      close: () => void (socket.closed = true),
    };
  };
  const last = () => opened[opened.length - 1]!;
  return { opened, openSocket, last };
}

function setup(options: Partial<WsBridgeOptions> = {}) {
  const sockets = fakeSockets();
  const bridge = createWsBridge({
    url: 'wss://127.0.0.1:5000/bridge?token=t',
    openSocket: sockets.openSocket,
    retryDelaysMs: [100, 200],
    ...options,
  });
  return { bridge, ...sockets };
}

const answer = (id: number, result: unknown) => JSON.stringify({ type: 'result', id, result });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createWsBridge', () => {
  it('sends numbered calls and resolves each with its own answer', async () => {
    const { bridge, last } = setup();
    last().handlers.open();
    const a = bridge.invoke('irc:getStatus', {});
    const b = bridge.invoke('irc:say', { text: 'hi' });
    const [callA, callB] = last().sent as {
      id: number;
      channel: string;
      req: unknown;
      type: string;
    }[];
    expect(callA).toMatchObject({ type: 'call', channel: 'irc:getStatus', req: {} });
    expect(callB).toMatchObject({ type: 'call', channel: 'irc:say', req: { text: 'hi' } });
    expect(callA!.id).not.toBe(callB!.id);
    last().handlers.message(answer(callB!.id, { ok: true, value: { lines: 1 } }));
    last().handlers.message(
      answer(callA!.id, { ok: false, error: { code: 'x', message: 'nope' } }),
    );
    await expect(b).resolves.toEqual({ ok: true, value: { lines: 1 } });
    await expect(a).resolves.toEqual({ ok: false, error: { code: 'x', message: 'nope' } });
  });

  it('refuses a call too large for the host socket with a reason, and sends nothing', async () => {
    const { bridge, last } = setup();
    last().handlers.open();
    const result = await bridge.invoke('agenda:import', { text: '\u0001'.repeat(800_000) });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'too-large',
        message: expect.stringMatching(/too large to send to Gavel \(at most 4 MiB/),
      },
    });
    expect(last().sent).toEqual([]);
    expect(bridge.current().state).toBe('open');
  });

  it('sends a call carrying bytes as one binary frame, and refuses one too large for the socket', async () => {
    const { bridge, last } = setup();
    last().handlers.open();
    const data = new Uint8Array([0, 1, 254, 255]);
    const sending = bridge.invoke('import:chunk', { importId: 'i1', index: 3, data });
    const frame = last().sent[0] as Uint8Array;
    expect(frame).toBeInstanceOf(Uint8Array);
    const split = splitBinaryCall(frame)!;
    const call = JSON.parse(split.header) as { id: number };
    expect(call).toEqual({
      type: 'call',
      id: call.id,
      channel: 'import:chunk',
      req: { importId: 'i1', index: 3 },
    });
    expect([...split.data]).toEqual([0, 1, 254, 255]);
    last().handlers.message(answer(call.id, { ok: true, value: { received: 4 } }));
    await expect(sending).resolves.toEqual({ ok: true, value: { received: 4 } });
    const huge = { importId: 'i1', index: 4, data: new Uint8Array(MAX_BRIDGE_MESSAGE_BYTES) };
    expect(await bridge.invoke('import:chunk', huge)).toMatchObject({
      ok: false,
      error: { code: 'too-large' },
    });
    expect(last().sent).toHaveLength(1);
  });

  it('holds calls made before the socket opens and sends them on open', () => {
    const { bridge, last } = setup();
    void bridge.invoke('settings:get', {});
    expect(last().sent).toHaveLength(0);
    last().handlers.open();
    expect(last().sent).toHaveLength(1);
  });

  it('resolves a call with no answer to a timeout result', async () => {
    const { bridge, last } = setup({ timeoutFor: () => 1000 });
    last().handlers.open();
    const pending = bridge.invoke('irc:getStatus', {});
    vi.advanceTimersByTime(1000);
    await expect(pending).resolves.toMatchObject({ ok: false, error: { code: 'timeout' } });
  });

  it('turns a malformed answer into a bad-response failure and ignores junk frames', async () => {
    const { bridge, last } = setup();
    last().handlers.open();
    const pending = bridge.invoke('irc:getStatus', {});
    last().handlers.message('not json');
    last().handlers.message('null');
    last().handlers.message(answer(1, { ok: 'yes' }));
    await expect(pending).resolves.toMatchObject({ ok: false, error: { code: 'bad-response' } });
  });

  it('delivers events to their listeners only, until they stop listening', () => {
    const { bridge, last } = setup();
    last().handlers.open();
    const seen = vi.fn();
    const other = vi.fn();
    const stop = bridge.on('transcript:append', seen);
    bridge.on('irc:status', other);
    const payload = { channel: '#meet', fromSeq: 1, lines: [transcriptLine(1)] };
    last().handlers.message(JSON.stringify({ type: 'event', event: 'transcript:append', payload }));
    last().handlers.message(JSON.stringify({ type: 'event', event: 'no:such', payload }));
    stop();
    last().handlers.message(JSON.stringify({ type: 'event', event: 'transcript:append', payload }));
    expect(seen).toHaveBeenCalledTimes(1);
    expect(seen).toHaveBeenCalledWith(payload);
    expect(other).not.toHaveBeenCalled();
  });

  it('reconnects after a drop, failing calls the host can no longer answer', async () => {
    const { bridge, opened, last } = setup();
    const states: string[] = [];
    bridge.onChange((s) => states.push(s.state));
    last().handlers.open();
    const inFlight = bridge.invoke('irc:getStatus', {});
    last().handlers.close();
    await expect(inFlight).resolves.toMatchObject({ ok: false, error: { code: 'lost-contact' } });
    expect(bridge.current().state).toBe('reconnecting');
    const waiting = bridge.invoke('settings:get', {});
    vi.advanceTimersByTime(100);
    expect(opened).toHaveLength(2);
    last().handlers.open();
    const call = last().sent[0] as { id: number };
    last().handlers.message(answer(call.id, { ok: true, value: 'again' }));
    await expect(waiting).resolves.toEqual({ ok: true, value: 'again' });
    expect(states).toEqual(['open', 'reconnecting', 'open']);
  });

  it('reports lost contact when every attempt fails, and starts over on retry', async () => {
    const { bridge, opened, last } = setup();
    last().handlers.open();
    last().handlers.close();
    vi.advanceTimersByTime(100);
    last().handlers.close();
    vi.advanceTimersByTime(200);
    last().handlers.close();
    expect(bridge.current()).toEqual({
      state: 'lost',
      message: expect.stringMatching(/^Lost contact with Gavel/),
    });
    await expect(bridge.invoke('irc:getStatus', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'lost-contact' },
    });
    bridge.retry();
    expect(opened).toHaveLength(4);
    last().handlers.open();
    expect(bridge.current().state).toBe('open');
  });

  it('says the page lacks a token when it never got in without one', () => {
    const { bridge, last } = setup({ hasToken: false, retryDelaysMs: [] });
    last().handlers.close();
    expect(bridge.current().message).toMatch(/no access token/);
  });

  it('ignores a stale socket once a newer one exists, and stops for good on dispose', () => {
    const { bridge, opened } = setup();
    opened[0]!.handlers.close();
    vi.advanceTimersByTime(100);
    opened[0]!.handlers.open();
    expect(bridge.current().state).toBe('connecting');
    opened[1]!.handlers.open();
    bridge.dispose();
    expect(opened[1]!.closed).toBe(true);
    opened[1]!.handlers.close();
    vi.advanceTimersByTime(10_000);
    expect(opened).toHaveLength(2);
  });
});

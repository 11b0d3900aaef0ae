import type { GavelBridge } from '../../../shared/ipc/bridge';
import { isEventChannel, type InvokeChannel } from '../../../shared/ipc/channels';
import {
  MAX_BRIDGE_MESSAGE_BYTES,
  TOO_LARGE_MESSAGE,
  utf8Length,
} from '../../../shared/ipc/limits';
import { fail, type Result } from '../../../shared/ipc/result';
import { carriesBytes, encodeBinaryCall } from '../../../shared/ipc/ws-binary';
import type { WsCall } from '../../../shared/ipc/ws-protocol';
import { timeoutFor, timeoutResult } from './call-timeouts';
import type { HostLink, LinkStatus } from './host-link';
import { readResult } from './read-result';
import { openBrowserSocket, type OpenSocket, type SocketHandle } from './socket';

/** How to reach the browser host. Everything but `url` has a default fit for the app. */
export interface WsBridgeOptions {
  /** `ws(s)://host/bridge` */
  url: string;
  /** False when the page has no session with the host; only changes the message shown when lost. */
  hasToken?: boolean | (() => boolean);
  openSocket?: OpenSocket;
  timeoutFor?: (channel: InvokeChannel) => number;
  /** Pauses before each reconnection attempt; when they run out the link is `lost`. */
  retryDelaysMs?: readonly number[];
}

/** The browser host's bridge: the GavelBridge plus the link it travels on. */
export type WsBridge = GavelBridge &
  HostLink & {
    /** Closes the socket for good. */
    dispose(): void;
    /**
     * The host refused this page a session (no token, or a spent one): the link is `lost` at
     * once, saying so, instead of after the reconnection attempts. `retry()` still tries again.
     */
    refused(): void;
  };

// A restarting host is back within a second or two; keep trying for about 8 s in all before
// telling the chair, so a brief hiccup never shows as an error.
const RETRY_DELAYS_MS = [250, 500, 1000, 2000, 4000];

interface PendingCall {
  /** The call as JSON text, or as a binary frame when it carries bytes. */
  data: string | Uint8Array<ArrayBuffer>;
  sent: boolean;
  timer: ReturnType<typeof setTimeout>;
  resolve: (result: Result<unknown>) => void;
}

function lostMessage(hasToken: boolean, everOpened: boolean): string {
  if (!hasToken && !everOpened)
    return 'Lost contact with Gavel: this page has no access token. Open the latest address Gavel printed; each opens one browser.';
  if (!everOpened)
    return 'Lost contact with Gavel: it could not be reached. Check that it is running, then retry.';
  return 'Lost contact with Gavel. Check that it is still running, then retry.';
}

/**
 * A GavelBridge over the browser host's WebSocket (shared/ipc/ws-protocol.ts). Calls are numbered
 * (one carrying bytes, an import's part, goes as a binary frame: shared/ipc/ws-binary.ts) and each
 * resolves to the host's result, or to a `timeout` / `lost-contact` result: it never
 * rejects and never waits forever. Calls made while the socket is down wait for it to come back.
 * A dropped socket is reopened with back-off; after the last attempt the link is `lost` until
 * `retry()`.
 */
export function createWsBridge(options: WsBridgeOptions): WsBridge {
  const openSocket = options.openSocket ?? openBrowserSocket;
  const limit = options.timeoutFor ?? timeoutFor;
  const delays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  const hasToken = () =>
    typeof options.hasToken === 'function' ? options.hasToken() : (options.hasToken ?? true);
  const calls = new Map<number, PendingCall>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const watchers = new Set<(status: LinkStatus) => void>();
  let status: LinkStatus = { state: 'connecting', message: null };
  let socket: SocketHandle | null = null;
  let generation = 0;
  let everOpened = false;
  let attempt = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let nextId = 1;
  let disposed = false;

  const setStatus = (next: LinkStatus) => {
    status = next;
    for (const watcher of [...watchers]) watcher(next);
  };

  const settle = (id: number, result: Result<unknown>) => {
    const call = calls.get(id);
    if (!call) return;
    calls.delete(id);
    clearTimeout(call.timer);
    call.resolve(result);
  };

  const lostResult = () =>
    fail('lost-contact', status.message ?? lostMessage(hasToken(), everOpened));

  const sendWaiting = () => {
    for (const call of calls.values()) {
      if (call.sent || !socket) continue;
      call.sent = true;
      socket.send(call.data);
    }
  };

  const receive = (data: string) => {
    let message: unknown;
    try {
      message = JSON.parse(data);
    } catch {
      return;
    }
    if (typeof message !== 'object' || message === null) return;
    const m = message as Record<string, unknown>;
    if (m.type === 'result' && typeof m.id === 'number') settle(m.id, readResult(m.result));
    else if (m.type === 'event' && isEventChannel(m.event)) {
      for (const listener of [...(listeners.get(m.event) ?? [])]) listener(m.payload);
    }
  };

  const dropped = () => {
    socket = null;
    for (const [id, call] of calls) {
      if (call.sent)
        settle(id, fail('lost-contact', 'Lost contact with Gavel before it answered.'));
    }
    if (disposed) return;
    const delay = delays[attempt];
    if (delay !== undefined) {
      attempt += 1;
      setStatus({ state: everOpened ? 'reconnecting' : 'connecting', message: null });
      retryTimer = setTimeout(connect, delay);
      return;
    }
    setStatus({ state: 'lost', message: lostMessage(hasToken(), everOpened) });
    for (const id of [...calls.keys()]) settle(id, lostResult());
  };

  function connect() {
    const mine = ++generation;
    const handle = openSocket(options.url, {
      open: () => {
        if (mine !== generation || disposed) return;
        socket = handle;
        everOpened = true;
        attempt = 0;
        setStatus({ state: 'open', message: null });
        sendWaiting();
      },
      message: (data) => {
        if (mine === generation) receive(data);
      },
      close: () => {
        if (mine === generation) dropped();
      },
    });
  }

  const invoke = (channel: InvokeChannel, req: unknown): Promise<Result<unknown>> => {
    if (status.state === 'lost' || disposed) return Promise.resolve(lostResult());
    const id = nextId++;
    const call: WsCall = { type: 'call', id, channel, req };
    const data = carriesBytes(req) ? encodeBinaryCall({ ...call, req }) : JSON.stringify(call);
    const size = typeof data === 'string' ? utf8Length(data) : data.length;
    // The host closes a socket that sends more than its limit; refuse here, with a reason.
    if (size > MAX_BRIDGE_MESSAGE_BYTES)
      return Promise.resolve(fail('too-large', TOO_LARGE_MESSAGE));
    return new Promise((resolve) => {
      const timer = setTimeout(() => settle(id, timeoutResult(channel)), limit(channel));
      calls.set(id, { data, sent: false, timer, resolve });
      sendWaiting();
    });
  };

  connect();

  return {
    invoke: invoke as GavelBridge['invoke'],
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      const entry = listener as (payload: unknown) => void;
      set.add(entry);
      return () => set.delete(entry);
    },
    current: () => status,
    onChange(listener) {
      watchers.add(listener);
      return () => watchers.delete(listener);
    },
    retry() {
      if (status.state !== 'lost' || disposed) return;
      attempt = 0;
      setStatus({ state: everOpened ? 'reconnecting' : 'connecting', message: null });
      connect();
    },
    refused() {
      if (disposed || everOpened) return;
      generation += 1;
      clearTimeout(retryTimer);
      socket?.close();
      socket = null;
      setStatus({ state: 'lost', message: lostMessage(false, false) });
      for (const id of [...calls.keys()]) settle(id, lostResult());
    },
    dispose() {
      disposed = true;
      generation += 1;
      clearTimeout(retryTimer);
      socket?.close();
      socket = null;
      for (const id of [...calls.keys()])
        settle(id, fail('lost-contact', "Gavel closed this window's link."));
    },
  };
}

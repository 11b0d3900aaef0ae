import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { createDispatcher } from '../../shared/ipc/dispatch';
import { contentSecurityPolicy, hostSocketSources } from '../../shared/security/csp';
import { WS_PATH } from '../../shared/ipc/ws-protocol';
import type { Core } from '../core/types';
import { MAX_BRIDGE_MESSAGE_BYTES } from '../../shared/ipc/limits';
import { eventMessage, serveBridgeSocket } from './bridge-socket';
import { isLoopbackAddress, refuseUpgrade } from './guard';
import { createSessions } from './sessions';
import { createStaticHandler } from './static-files';

export interface HostOptions {
  core: Core;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** Loopback address to bind; anything else is refused. */
  address?: string;
  /** 0 picks a free port. */
  port?: number;
  /** The first one-time token the page must trade for a session; random unless given (tests). */
  token?: string;
  log?: (message: string, detail?: unknown) => void;
  /** Told a fresh address each time the last one was used (to open Gavel in another browser). */
  onNewAddress?: (url: string) => void;
}

export interface RunningHost {
  /**
   * The address to open, with a one-time token in the fragment (so it never reaches a server
   * log); the first page to load it trades the token for a session and the address is spent.
   */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function cspFor(port: number): string {
  return contentSecurityPolicy({ connect: hostSocketSources(port) });
}

/**
 * Serves the app to a browser on this machine, on a loopback address only: the renderer over
 * HTTP, and the GavelBridge over a WebSocket open only to a page that traded the printed
 * one-time token for a session (sessions.ts).
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const address = options.address ?? '127.0.0.1';
  if (!isLoopbackAddress(address)) {
    throw new Error(`The browser host only listens on loopback addresses, not ${address}.`);
  }
  const log = options.log ?? (() => {});
  const dispatch = createDispatcher(options.core.handlers, (err) => log('request failed', err));
  const server: Server = createServer();
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_BRIDGE_MESSAGE_BYTES });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, address, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const addressOf = (token: string) => `http://127.0.0.1:${port}/#token=${token}`;
  const sessions = createSessions({
    port,
    token: options.token,
    onTokenUsed: (next) => options.onNewAddress?.(addressOf(next)),
  });
  const token = sessions.token();
  const serveStatic = createStaticHandler(options.rendererDir, cspFor(port));
  server.on('request', (req, res) => {
    if (!sessions.handle(req, res)) void serveStatic(req, res);
  });
  server.on('upgrade', (req, socket, head) => {
    const { host, origin, cookie } = req.headers;
    const refusal = refuseUpgrade(
      { url: req.url, host, origin, cookie },
      { path: WS_PATH, port, hasSession: sessions.valid },
    );
    if (refusal) {
      socket.end(`HTTP/1.1 ${refusal.status} ${refusal.reason}\r\nConnection: close\r\n\r\n`);
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => serveBridgeSocket(ws, dispatch, log));
  });
  const unsubscribe = options.core.subscribe((event, payload) => {
    const message = eventMessage(event, payload);
    for (const client of sockets.clients)
      if (client.readyState === client.OPEN) client.send(message);
  });

  return {
    url: addressOf(token),
    port,
    token,
    async close() {
      unsubscribe();
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

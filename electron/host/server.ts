import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { createDispatcher } from '../../shared/ipc/dispatch';
import { WS_PATH } from '../../shared/ipc/ws-protocol';
import type { Core } from '../core/types';
import { MAX_BRIDGE_MESSAGE_BYTES } from '../../shared/ipc/limits';
import { eventMessage, serveBridgeSocket } from './bridge-socket';
import { isLoopbackAddress, refuseUpgrade } from './guard';
import { createStaticHandler } from './static-files';

export interface HostOptions {
  core: Core;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** Loopback address to bind; anything else is refused. */
  address?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Secret the page must present; random per start unless given (tests). */
  token?: string;
  log?: (message: string, detail?: unknown) => void;
}

export interface RunningHost {
  /** The address to open, token included (in the fragment, so it never reaches a server log). */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function cspFor(port: number): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ws://127.0.0.1:${port} ws://localhost:${port}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Serves the app to a browser on this machine: the renderer over HTTP and the GavelBridge over a
 * token-guarded WebSocket, both on a loopback address only.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const address = options.address ?? '127.0.0.1';
  if (!isLoopbackAddress(address)) {
    throw new Error(`The browser host only listens on loopback addresses, not ${address}.`);
  }
  const token = options.token ?? randomBytes(24).toString('base64url');
  const log = options.log ?? (() => {});
  const dispatch = createDispatcher(options.core.handlers, (err) => log('request failed', err));
  const server: Server = createServer();
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_BRIDGE_MESSAGE_BYTES });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, address, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const serveStatic = createStaticHandler(options.rendererDir, cspFor(port));
  server.on('request', (req, res) => void serveStatic(req, res));
  server.on('upgrade', (req, socket, head) => {
    const refusal = refuseUpgrade(
      { url: req.url, host: req.headers.host, origin: req.headers.origin },
      { path: WS_PATH, token, port },
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
    url: `http://127.0.0.1:${port}/#token=${token}`,
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

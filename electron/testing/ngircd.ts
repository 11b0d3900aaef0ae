import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeTlsMaterial, ngircdConf, type NgircdLayout } from './ngircd-config';
import { startWatched, type WatchedProcess } from './watched-process';

const NGIRCD = '/usr/sbin/ngircd';
const READY = /Server ".*" \(on ".*"\) ready\./;

/** A running loopback ngircd. */
export interface Ngircd {
  host: '127.0.0.1';
  port: number;
  /** The server's temporary folder (configuration, certificate); removed by stop(). */
  dir: string;
  /** The TLS port, or null when started without TLS. */
  tlsPort: number | null;
  /** The self-signed certificate the TLS port presents, or null. */
  certFile: string | null;
  /** Everything the server has logged so far (ngircd -n logs to stdout). */
  log(): string;
  /** Kills the server and starts it again on the same ports; resolves once it is ready. */
  restart(): Promise<void>;
  /** Kills the server with SIGKILL, as a crash would; start() brings it back. */
  crash(): Promise<void>;
  /** Starts a crashed server again on the same ports; resolves once it is ready. */
  start(): Promise<void>;
  /** Stops the server and removes its files; safe to call twice. */
  stop(): Promise<void>;
}

/** How to start a test server. */
export interface NgircdOptions {
  /** Also listen for TLS on a second port, with a self-signed certificate. */
  tls?: boolean;
  /** Keep ngircd's default flood penalties instead of lifting them. */
  floodControl?: boolean;
  /** How long to wait for the server to report it is ready. */
  readyTimeoutMs?: number;
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts Debian's ngircd in the foreground on 127.0.0.1 and a random free port (plus a TLS port
 * when asked), with a generated configuration in a fresh temporary folder. Resolves when the
 * server logs that it is ready, or rejects after `readyTimeoutMs` with what it logged.
 */
export async function startNgircd(options: NgircdOptions = {}): Promise<Ngircd> {
  const readyTimeoutMs = options.readyTimeoutMs ?? 5000;
  const dir = mkdtempSync(join(tmpdir(), 'gavel-ngircd-'));
  // ngircd started as root switches to `nobody`, which must still read its files.
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, 'conf.d'), { mode: 0o755 });
  const layout: NgircdLayout = {
    dir,
    port: await freePort(),
    tlsPort: options.tls ? await freePort() : null,
    floodControl: options.floodControl ?? false,
  };
  const certFile = options.tls ? makeTlsMaterial(dir) : null;
  const confPath = join(dir, 'ngircd.conf');
  writeFileSync(confPath, ngircdConf(layout), { mode: 0o644 });

  let earlier = '';
  let server: WatchedProcess | null = null;
  const launch = async () => {
    if (server) earlier += server.log();
    server = null;
    server = await startWatched({
      name: 'ngircd',
      command: NGIRCD,
      args: ['-n', '-f', confPath],
      ready: READY,
      readyTimeoutMs,
      stopSignal: 'TERM',
    });
  };

  try {
    await launch();
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }

  return {
    host: '127.0.0.1',
    port: layout.port,
    dir,
    tlsPort: layout.tlsPort,
    certFile,
    log: () => earlier + (server?.log() ?? ''),
    async restart() {
      await server?.stop();
      await launch();
    },
    async crash() {
      await server?.crash();
    },
    start: launch,
    async stop() {
      await server?.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

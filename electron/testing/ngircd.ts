import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeTlsMaterial, ngircdConf, type NgircdLayout } from './ngircd-config';

const NGIRCD = '/usr/sbin/ngircd';
// ngircd -n runs until told to stop, and a test runner that is killed never runs its afterAll.
// So a shell starts ngircd and stops it once the pipe from this process closes: on stop(), or
// when this process dies. The pipe is kept on fd 3 because a background job's stdin is
// /dev/null in a non-interactive shell.
const WATCHDOG = [
  'exec 3<&0',
  '"$@" &',
  'pid=$!',
  '(cat <&3 >/dev/null; kill $pid 2>/dev/null) &',
  'exec 3<&-',
  'wait $pid',
].join('\n');
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
  /** Stops the server and removes its files; safe to call twice. */
  stop(): Promise<void>;
}

/** How to start a test server. */
export interface NgircdOptions {
  /** Also listen for TLS on a second port, with a self-signed certificate. */
  tls?: boolean;
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

function waitReady(child: ChildProcess, timeoutMs: number, onLog: (text: string) => void) {
  return new Promise<void>((resolve, reject) => {
    let seen = '';
    const done = (err?: Error) => {
      clearTimeout(timer);
      child.off('exit', onExit);
      if (err) reject(err);
      else resolve();
    };
    const onExit = (code: number | null) => done(new Error(`ngircd exited (${code}):\n${seen}`));
    const timer = setTimeout(() => {
      done(new Error(`ngircd was not ready within ${timeoutMs} ms:\n${seen}`));
    }, timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      seen += text;
      onLog(text);
      if (READY.test(seen)) done();
    });
    child.stderr?.on('data', (chunk: Buffer) => onLog(chunk.toString()));
    child.once('exit', onExit);
  });
}

/** Closes the watchdog's pipe so it stops ngircd; resolves once both have exited. */
function halt(child: ChildProcess, timeoutMs = 2000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.stdin?.end();
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
  };
  const certFile = options.tls ? makeTlsMaterial(dir) : null;
  const confPath = join(dir, 'ngircd.conf');
  writeFileSync(confPath, ngircdConf(layout), { mode: 0o644 });

  let output = '';
  let child: ChildProcess | null = null;
  const launch = async () => {
    const started = spawn('/bin/sh', ['-c', WATCHDOG, 'sh', NGIRCD, '-n', '-f', confPath], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child = started;
    await waitReady(started, readyTimeoutMs, (text) => (output += text));
  };
  const stopServer = async () => {
    if (child) await halt(child);
  };

  try {
    await launch();
  } catch (err) {
    await stopServer();
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }

  return {
    host: '127.0.0.1',
    port: layout.port,
    dir,
    tlsPort: layout.tlsPort,
    certFile,
    log: () => output,
    async restart() {
      await stopServer();
      await launch();
    },
    async stop() {
      await stopServer();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspircdConf } from './inspircd-config';
import { freePort } from './ngircd';
import { startWatched, type WatchedProcess } from './watched-process';

const INSPIRCD = '/usr/sbin/inspircd';
const READY = /InspIRCd is now running/;

/** A running loopback InspIRCd 3. */
export interface Inspircd {
  host: '127.0.0.1';
  port: number;
  /** The server's temporary folder; removed by stop(). */
  dir: string;
  log(): string;
  /** Stops the server (SIGKILL: InspIRCd 3 may crash on SIGTERM) and removes its files. */
  stop(): Promise<void>;
}

/**
 * Starts Debian's InspIRCd 3 in the foreground on 127.0.0.1 and a random free port, with a
 * generated configuration and its working folder in a fresh temporary folder (so a core file,
 * if any, lands there and goes with it). Resolves when it reports it is running.
 */
export async function startInspircd(readyTimeoutMs = 5000): Promise<Inspircd> {
  const dir = mkdtempSync(join(tmpdir(), 'gavel-inspircd-'));
  chmodSync(dir, 0o755);
  const port = await freePort();
  writeFileSync(join(dir, 'motd.txt'), 'test\n');
  const confPath = join(dir, 'inspircd.conf');
  writeFileSync(confPath, inspircdConf({ dir, port }), { mode: 0o644 });
  let server: WatchedProcess;
  try {
    server = await startWatched({
      name: 'inspircd',
      command: INSPIRCD,
      args: [`--config=${confPath}`, '--nofork', '--nopid', '--runasroot'],
      cwd: dir,
      ready: READY,
      readyTimeoutMs,
      stopSignal: 'KILL',
    });
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return {
    host: '127.0.0.1',
    port,
    dir,
    log: () => server.log(),
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

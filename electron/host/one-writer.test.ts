import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const ENTRY = fileURLToPath(new URL('./index.ts', import.meta.url));

interface Run {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the address once printed, or with the exit code if it stopped first. */
  ready: Promise<{ url: string } | { code: number | null }>;
}

const running: ChildProcess[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const child of running.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) {
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await gone;
    }
  }
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Starts a real browser host process on `dataDir`; bounded at 20 s. */
function host(dataDir: string): Run {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', ENTRY, '--port', '0', '--data-dir', dataDir],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  running.push(child);
  let log = '';
  const ready = new Promise<{ url: string } | { code: number | null }>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no address and no exit in 20 s:\n${log}`)),
      20_000,
    );
    const onData = (d: Buffer) => {
      log += d.toString();
      const url = /Open (http:\/\/\S+)/.exec(log)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code });
    });
  });
  return { child, output: () => log, ready };
}

describe('one writer per data folder', () => {
  it('stops a second host on the same folder, naming the first, and takes over after a crash', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'gavel-writer-')), 'data');
    dirs.push(join(dataDir, '..'));
    const first = host(dataDir);
    expect(await first.ready).toHaveProperty('url');
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(JSON.parse(readFileSync(join(dataDir, 'gavel.lock'), 'utf8')).pid).toBe(first.child.pid);

    const second = host(dataDir);
    expect(await second.ready).toEqual({ code: 1 });
    expect(second.output()).toContain(
      `Another Gavel (process ${first.child.pid}) is using the data folder ${dataDir}.`,
    );

    // A crash leaves the lock behind; the next host finds its process gone and takes over.
    const gone = new Promise((resolve) => first.child.once('exit', resolve));
    first.child.kill('SIGKILL');
    await gone;
    const third = host(dataDir);
    expect(await third.ready).toHaveProperty('url');
    expect(JSON.parse(readFileSync(join(dataDir, 'gavel.lock'), 'utf8')).pid).toBe(third.child.pid);
  }, 60_000);
});

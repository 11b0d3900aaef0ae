import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fetchElectron, installedElectron } from './electron-binary';
import { runBrowserHost } from './run';

// This entry is built to out/main/start.js, next to the main bundle; the app root is two up.
const mainDir = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));

// A window that stays up this long has started; an earlier failure means Electron cannot run here.
const STARTUP_WINDOW_MS = 8_000;

/** Runs Electron on the built main bundle; resolves to a reason when it fails to start. */
function runElectron(binary: string): Promise<string | null> {
  return new Promise((resolve) => {
    const child = spawn(binary, [join(mainDir, 'index.js')], {
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let early = '';
    let started = false;
    const timer = setTimeout(() => {
      started = true;
      process.stderr.write(early);
    }, STARTUP_WINDOW_MS);
    child.stderr.on('data', (d: Buffer) => {
      if (started) process.stderr.write(d);
      else early += d.toString();
    });
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve(err.message);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (started || code === 0) process.exit(code ?? 0);
      const first = early.split('\n').find((l) => l.trim()) ?? `exit ${code ?? signal}`;
      resolve(first.trim());
    });
  });
}

async function main(): Promise<void> {
  let binary = installedElectron();
  let reason: string | null = null;
  if (!binary) {
    const fetched = await fetchElectron();
    if ('binary' in fetched) binary = fetched.binary;
    else reason = fetched.reason;
  }
  if (binary) reason = await runElectron(binary);
  console.log(`Electron cannot start here (${reason}); opening Gavel in browser mode instead.`);
  await runBrowserHost(process.argv.slice(2), root);
}

main().catch((err: unknown) => {
  console.error(`Gavel could not start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});

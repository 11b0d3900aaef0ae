import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The installed Electron binary, or null: never triggers the download `require('electron')` does. */
export function installedElectron(): string | null {
  const fromEnv = process.env.ELECTRON_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  const dir = electronPackageDir();
  if (!dir) return null;
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function electronPackageDir(): string | null {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/**
 * Fetches the Electron binary the way its package does on first launch, quietly and bounded in
 * time. Resolves to the binary, or to the one-line reason it could not be had.
 */
export function fetchElectron(
  timeoutMs = 180_000,
): Promise<{ binary: string } | { reason: string }> {
  const dir = electronPackageDir();
  if (!dir) return Promise.resolve({ reason: 'the electron package is not installed' });
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(dir, 'install.js')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (err) => resolve({ reason: err.message }));
    child.on('close', (code) => {
      clearTimeout(timer);
      const binary = installedElectron();
      if (code === 0 && binary) return resolve({ binary });
      const why = output.match(/(?:Error|error)[^\n]*|fetch failed[^\n]*/)?.[0]?.trim();
      resolve({ reason: `its binary could not be downloaded (${why ?? `exit ${code}`})` });
    });
  });
}

import { chmodSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Mode of the data folder and every folder Gavel makes in it: the user only. */
export const PRIVATE_DIR_MODE = 0o700;
/** Mode of every file Gavel writes in its data folder: the user only. */
export const PRIVATE_FILE_MODE = 0o600;

// The folders below the data folder that hold Gavel's own files (meetings/<id>/journal.jsonl).
// Only these are walked: in Electron the data folder also holds the browser engine's caches.
const OWN_SUBTREES = ['meetings'];
const MAX_DEPTH = 4;

function tighten(path: string, mode: number): boolean {
  const current = lstatSync(path).mode & 0o777;
  if ((current & ~mode) === 0) return false;
  chmodSync(path, current & mode);
  return true;
}

function walk(dir: string, depth: number, count: { n: number }, subtree: boolean): void {
  if (tighten(dir, PRIVATE_DIR_MODE)) count.n++;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isFile()) {
      if (tighten(path, PRIVATE_FILE_MODE)) count.n++;
    } else if (
      entry.isDirectory() &&
      depth < MAX_DEPTH &&
      (subtree || OWN_SUBTREES.includes(entry.name))
    ) {
      walk(path, depth + 1, count, true);
    }
  }
}

/**
 * Makes `dir` (created if missing) readable by its owner only: the folder 0700, the files in it
 * and every file and folder under `meetings/` 0600/0700. Anything looser (an older install made
 * them 0755/0644) is tightened, and `warn` says so once. Symbolic links are left alone. Returns
 * how many were tightened. Does nothing on Windows, where modes do not apply.
 */
export function secureDataFolder(dir: string, warn: (message: string) => void = () => {}): number {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (process.platform === 'win32') return 0;
  const count = { n: 0 };
  walk(dir, 0, count, false);
  if (count.n > 0) {
    warn(
      `${count.n} file(s) and folder(s) in ${dir} could be read by other users of this computer; they are now private.`,
    );
  }
  return count.n;
}

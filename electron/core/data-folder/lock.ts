import { linkSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname, uptime } from 'node:os';
import { join } from 'node:path';
import { PRIVATE_FILE_MODE } from './permissions';

/** The lock file's name inside the data folder. */
export const LOCK_FILE = 'gavel.lock';

/** Who holds a data folder. */
interface Holder {
  pid: number;
  host: string;
  since: number;
}

/** Thrown when another live Gavel holds the data folder. */
export class FolderInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly holder: Holder,
  ) {
    super(
      `Another Gavel (process ${holder.pid}) is using the data folder ${dir}. ` +
        'Close it first, or give this one another data folder.',
    );
    this.name = 'FolderInUseError';
  }
}

/** A data folder held by this process until `release()`. */
export interface FolderLock {
  readonly path: string;
  release(): void;
}

function parseHolder(text: string): Holder | null {
  try {
    const parsed = JSON.parse(text) as Partial<Holder>;
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return null;
    return { pid: parsed.pid, host: parsed.host, since: Number(parsed.since) || 0 };
  } catch {
    return null;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// A lock that is not readable yet may be one being written (see `place`); junk is stale after this.
const JUNK_STALE_MS = 5000;

/**
 * True when the lock's holder is gone: a process of this machine that no longer runs, or that
 * took the lock before the machine last started (its id may belong to another process now), or
 * junk no one is still writing.
 */
function stale(holder: Holder | null, ageMs: number): boolean {
  if (!holder) return ageMs > JUNK_STALE_MS;
  if (holder.host !== hostname()) return false;
  const bootedAt = Date.now() - uptime() * 1000;
  if (holder.since < bootedAt - 60_000) return true;
  return holder.pid !== process.pid && !alive(holder.pid);
}

/**
 * Puts the lock in place atomically: a hard link to the finished file, so no one ever reads it
 * half-written; on a file system without hard links, an exclusive create. Throws EEXIST when
 * a lock is there.
 */
function place(temp: string, path: string, body: string): void {
  try {
    linkSync(temp, path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS')
      throw err;
    writeFileSync(path, body, { flag: 'wx', mode: PRIVATE_FILE_MODE });
  }
}

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Moves a stale lock out of the way. The move is atomic, so of two processes racing to take
 * over, one moves the stale file and the other finds nothing (or the winner's fresh lock, which
 * it puts back).
 */
function clearStale(path: string, seen: string): void {
  const aside = `${path}.stale-${process.pid}`;
  try {
    renameSync(path, aside);
  } catch {
    return;
  }
  const moved = readFileSync(aside, 'utf8');
  if (moved !== seen) {
    try {
      linkSync(aside, path);
    } catch {
      // Someone else holds it now; the next attempt says who.
    }
  }
  unlinkSync(aside);
}

/**
 * Takes the data folder `dir` for this process alone: `dir/gavel.lock` is created atomically
 * (written beside it, then hard-linked into place) with this process's id. A lock whose process
 * is gone is taken over; one held by a live process throws {@link FolderInUseError} naming it.
 * `release()` removes the lock if it is still ours.
 */
export function lockDataFolder(dir: string): FolderLock {
  const path = join(dir, LOCK_FILE);
  const mine: Holder = { pid: process.pid, host: hostname(), since: Date.now() };
  const body = JSON.stringify(mine);
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, body, { mode: PRIVATE_FILE_MODE });
  try {
    for (let attempt = 0; attempt < 10; attempt++) {
      try {
        place(temp, path, body);
        return {
          path,
          release() {
            try {
              if (readFileSync(path, 'utf8') === body) unlinkSync(path);
            } catch {
              // Already gone.
            }
          },
        };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      let seen: string;
      let ageMs: number;
      try {
        seen = readFileSync(path, 'utf8');
        ageMs = Date.now() - statSync(path).mtimeMs;
      } catch {
        continue;
      }
      const holder = parseHolder(seen);
      if (stale(holder, ageMs)) clearStale(path, seen);
      else if (holder) throw new FolderInUseError(dir, holder);
      else pause(200);
    }
    throw new Error(
      `The data folder ${dir} could not be locked: another Gavel seems to be starting on it.`,
    );
  } finally {
    unlinkSync(temp);
  }
}

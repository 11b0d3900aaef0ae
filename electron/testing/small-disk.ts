import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmdirSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Mounts a tmpfs of `mib` MiB on a new temporary folder (root only), private to its owner.
 * Returns the folder, or null where mounting is not allowed (the caller skips its test then).
 */
export function mountSmallDisk(mib: number): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'gavel-small-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${mib}m,mode=0700`, 'tmpfs', dir], {
      stdio: 'ignore',
    });
    return dir;
  } catch {
    rmdirSync(dir);
    return null;
  }
}

/** Unmounts a disk `mountSmallDisk` made and removes its folder. */
export function unmountSmallDisk(dir: string): void {
  execFileSync('umount', [dir]);
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Fills the disk holding `dir` with one file until the system says it is full (at most 64 MiB
 * written); returns the file, whose removal frees the room again.
 */
export function fillDisk(dir: string): string {
  const path = join(dir, 'filler');
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(16 * 1024, 0x78);
  try {
    for (let i = 0; i < 4096; i++) writeSync(fd, chunk);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
  } finally {
    closeSync(fd);
  }
  return path;
}

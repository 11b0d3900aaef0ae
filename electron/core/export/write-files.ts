import { mkdirSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * Writes each file under `dir` (creating folders), atomically: to a temporary name beside it,
 * then renamed over the target, so a crash never leaves a half-written file. Paths are relative
 * and must stay inside `dir`. Returns the absolute paths written.
 */
export function writeFilesAtomically(dir: string, files: ReadonlyMap<string, string>): string[] {
  const root = resolve(dir);
  const written: string[] = [];
  for (const [path, text] of files) {
    const target = resolve(root, path);
    if (target !== root && !target.startsWith(root + sep)) {
      throw new Error(`Refusing to write outside ${root}: ${relative(root, target)}`);
    }
    mkdirSync(dirname(target), { recursive: true });
    const temp = join(dirname(target), `.${process.pid}-${Date.now()}-${written.length}.tmp`);
    try {
      writeFileSync(temp, text);
      renameSync(temp, target);
    } catch (err) {
      rmSync(temp, { force: true });
      throw err;
    }
    written.push(target);
  }
  return written;
}

/**
 * Writes the first `length` bytes of `bytes` to `fd` whole: `writeSync` may write less than asked
 * (a signal, a nearly full disk), so each write carries on from where the last one stopped.
 */
export function writeAll(fd: number, bytes: Uint8Array, length = bytes.length): void {
  for (let at = 0; at < length;) at += writeSync(fd, bytes, at, length - at);
}

import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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

import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Opens a conf/electron-store file so that a bad file never stops the app: temporary files a
 * crash left beside it are removed first, and a file that cannot be read (not JSON, or breaking
 * the schema) is kept aside as `<file>.invalid-<time>` and replaced by the defaults; `onReset`
 * is told so. `open` constructs the store (it throws on a bad file with `clearInvalidConfig: false`).
 */
export function openRecovering<T>(
  dir: string,
  file: string,
  open: () => T,
  onReset: (message: string) => void = () => {},
): T {
  if (existsSync(dir)) {
    for (const name of readdirSync(dir)) {
      if (name.startsWith(`${file}.tmp-`)) rmSync(join(dir, name), { force: true });
    }
  }
  try {
    return open();
  } catch (err) {
    if (!existsSync(join(dir, file))) throw err;
    const aside = `${file}.invalid-${Date.now()}`;
    renameSync(join(dir, file), join(dir, aside));
    onReset(
      `The file ${file} could not be read (${(err as Error).message}); it was kept as ${aside} and defaults are used.`,
    );
    return open();
  }
}

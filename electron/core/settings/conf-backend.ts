import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Conf, { type Schema } from 'conf';
import { z } from 'zod';
import { Settings } from '../../../shared/ipc/schemas';
import type { SettingsBackend } from '../types';
import { DEFAULT_SETTINGS } from './settings-service';

const CONFIG_NAME = 'settings';

// The same JSON Schema electron-store gets in Electron main, so both shells reject the same files.
const schema = z.toJSONSchema(Settings, { io: 'input', target: 'draft-2020-12' })
  .properties as Schema<Settings>;

function open(dir: string): Conf<Settings> {
  return new Conf<Settings>({
    cwd: dir,
    configName: CONFIG_NAME,
    schema,
    defaults: DEFAULT_SETTINGS,
    clearInvalidConfig: false,
  });
}

/**
 * Settings in `<dir>/settings.json` through `conf` (what the browser host and tests use; Electron
 * main supplies electron-store, which is conf underneath). Temporary files a crash left beside it
 * are removed. A file that is not valid JSON or breaks the schema is kept aside as
 * `settings.json.invalid-<time>` and replaced by the defaults; `onReset` is told so.
 */
export function createConfBackend(
  dir: string,
  onReset: (message: string) => void = () => {},
): SettingsBackend {
  const file = `${CONFIG_NAME}.json`;
  if (existsSync(dir)) {
    for (const name of readdirSync(dir)) {
      if (name.startsWith(`${file}.tmp-`)) rmSync(join(dir, name), { force: true });
    }
  }
  let conf: Conf<Settings>;
  try {
    conf = open(dir);
  } catch (err) {
    if (!existsSync(join(dir, file))) throw err;
    const aside = `${file}.invalid-${Date.now()}`;
    renameSync(join(dir, file), join(dir, aside));
    onReset(
      `The settings file could not be read (${(err as Error).message}); it was kept as ${aside} and defaults are used.`,
    );
    conf = open(dir);
  }
  return {
    get: (key) => conf.get(key),
    set: (key, value) => conf.set({ [key]: value }),
  };
}

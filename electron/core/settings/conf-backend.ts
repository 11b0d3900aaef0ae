import Conf from 'conf';
import type { Settings } from '../../../shared/ipc/schemas';
import type { SettingsBackend } from '../types';
import { openRecovering } from './recover-store';
import { DEFAULT_SETTINGS } from './settings-service';
import { SETTINGS_JSON_SCHEMA } from './settings-json-schema';
import { PRIVATE_FILE_MODE } from '../data-folder/permissions';
import { SETTINGS_FORMAT } from '../store/formats';

const CONFIG_NAME = 'settings';

function open(dir: string): Conf<Settings> {
  return new Conf<Settings>({
    cwd: dir,
    configName: CONFIG_NAME,
    schema: SETTINGS_JSON_SCHEMA,
    defaults: DEFAULT_SETTINGS,
    clearInvalidConfig: false,
    configFileMode: PRIVATE_FILE_MODE,
    ...SETTINGS_FORMAT,
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
  const conf = openRecovering(dir, `${CONFIG_NAME}.json`, () => open(dir), onReset);
  return {
    get: (key) => conf.get(key),
    set: (key, value) => conf.set({ [key]: value }),
  };
}

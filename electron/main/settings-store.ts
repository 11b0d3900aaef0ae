import ElectronStore from 'electron-store';
import type { Settings } from '../../shared/ipc/schemas';
import { openRecovering } from '../core/settings/recover-store';
import { SETTINGS_JSON_SCHEMA } from '../core/settings/settings-json-schema';
import { DEFAULT_SETTINGS } from '../core/settings/settings-service';
import { SETTINGS_FORMAT } from '../core/store/formats';
import type { SettingsBackend } from '../core/types';
import { PRIVATE_FILE_MODE } from '../core/data-folder/permissions';

/**
 * Settings in `<userData>/settings.json`, checked by the same schema as the browser host's. A file
 * that cannot be read is kept aside and the defaults are used (`onReset` says so).
 */
export function createElectronSettings(
  userData: string,
  onReset: (message: string) => void,
): SettingsBackend {
  const store = openRecovering(
    userData,
    'settings.json',
    () =>
      new ElectronStore<Settings>({
        name: 'settings',
        schema: SETTINGS_JSON_SCHEMA,
        defaults: DEFAULT_SETTINGS,
        clearInvalidConfig: false,
        configFileMode: PRIVATE_FILE_MODE,
        ...SETTINGS_FORMAT,
      }),
    onReset,
  );
  return {
    get: (key) => store.get(key),
    set: (key, value) => store.set({ [key]: value }),
  };
}

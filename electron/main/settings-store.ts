import type { Schema } from 'conf';
import ElectronStore from 'electron-store';
import { z } from 'zod';
import { Settings } from '../../shared/ipc/schemas';
import { DEFAULT_SETTINGS } from '../core/settings/settings-service';
import type { SettingsBackend } from '../core/types';

/** Settings in `userData/settings.json`, checked by the same schema as the browser host's. */
export function createElectronSettings(): SettingsBackend {
  const schema = z.toJSONSchema(Settings, { io: 'input', target: 'draft-2020-12' })
    .properties as Schema<Settings>;
  const store = new ElectronStore<Settings>({
    name: 'settings',
    schema,
    defaults: DEFAULT_SETTINGS,
    clearInvalidConfig: false,
  });
  return {
    get: (key) => store.get(key),
    set: (key, value) => store.set({ [key]: value }),
  };
}

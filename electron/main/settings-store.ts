import ElectronStore from 'electron-store';
import { z } from 'zod';
import { Settings } from '../../shared/ipc/schemas';
import type { SettingsBackend } from '../core/types';

/** Settings in `userData/settings.json`, validated by the same schema as every other shell. */
export function createElectronSettings(): SettingsBackend {
  const schema = z.toJSONSchema(Settings, { io: 'input', target: 'draft-2020-12' }) as {
    properties: Record<string, unknown>;
  };
  const store = new ElectronStore<Settings>({
    name: 'settings',
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- electron-store's Schema type is not derivable from zod's JSON Schema
    schema: schema.properties as any,
    defaults: { lastConnection: null, theme: 'system' },
    clearInvalidConfig: false,
  });
  return {
    get: (key) => store.get(key),
    set: (key, value) => store.set(key, value),
  };
}

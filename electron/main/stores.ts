import ElectronStore from 'electron-store';
import { z } from 'zod';
import { openRecovering } from '../core/settings/recover-store';
import { LIBRARY_FORMAT } from '../core/store/formats';
import { EMPTY_LIBRARY, type LibraryBackend } from '../core/store/library';
import type { SecretFile } from './secrets';
import { PRIVATE_FILE_MODE } from '../core/data-folder/permissions';

/**
 * The library (`<userData>/library.json`: meeting index, agendas, templates, names) through
 * electron-store; the core checks each value when it reads it. A file that cannot be read is
 * kept aside and the library starts empty (`onReset` says so).
 */
export function openElectronLibrary(
  userData: string,
  onReset: (message: string) => void,
): LibraryBackend {
  const store = openRecovering(
    userData,
    'library.json',
    () =>
      new ElectronStore<Record<string, unknown>>({
        name: 'library',
        defaults: EMPTY_LIBRARY,
        clearInvalidConfig: false,
        configFileMode: PRIVATE_FILE_MODE,
        ...LIBRARY_FORMAT,
      }),
    onReset,
  );
  return { get: (key) => store.get(key), set: (key, value) => store.set(key, value) };
}

const SecretMap = z.record(z.string(), z.string());

/**
 * The encrypted secrets' file, `<userData>/secrets.json`, through electron-store. Anything in it
 * that is not a map of strings reads as no secrets.
 */
export function openSecretFile(userData: string, onReset: (message: string) => void): SecretFile {
  const store = openRecovering(
    userData,
    'secrets.json',
    () =>
      new ElectronStore<{ secrets: Record<string, string> }>({
        name: 'secrets',
        defaults: { secrets: {} },
        clearInvalidConfig: false,
        configFileMode: PRIVATE_FILE_MODE,
      }),
    onReset,
  );
  const read = () => {
    const parsed = SecretMap.safeParse(store.get('secrets'));
    return parsed.success ? parsed.data : {};
  };
  return { read, write: (values) => store.set('secrets', values) };
}

import Conf from 'conf';
import { openRecovering } from '../settings/recover-store';
import { LIBRARY_FORMAT } from './formats';
import { EMPTY_LIBRARY, type LibraryBackend } from './library';
import { PRIVATE_FILE_MODE } from '../data-folder/permissions';

const CONFIG_NAME = 'library';

/**
 * The library in `<dir>/library.json` through `conf` (the browser host and tests; Electron main
 * opens the same file name with electron-store). Values are checked by `LibraryStore` when
 * read, so any valid JSON file opens; one that is not JSON is kept aside and the library starts
 * empty (`onReset` says so).
 */
export function createConfLibrary(
  dir: string,
  onReset?: (message: string) => void,
): LibraryBackend {
  const conf = openRecovering(
    dir,
    `${CONFIG_NAME}.json`,
    () =>
      new Conf<Record<string, unknown>>({
        cwd: dir,
        configName: CONFIG_NAME,
        defaults: EMPTY_LIBRARY,
        clearInvalidConfig: false,
        configFileMode: PRIVATE_FILE_MODE,
        ...LIBRARY_FORMAT,
      }),
    onReset,
  );
  return {
    get: (key) => conf.get(key),
    set: (key, value) => conf.set(key, value),
  };
}

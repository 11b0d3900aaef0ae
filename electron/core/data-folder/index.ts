import { lockDataFolder, type FolderLock } from './lock';
import { secureDataFolder } from './permissions';

export { FolderInUseError, type FolderLock } from './lock';

/**
 * Opens Gavel's data folder for this process, before anything reads or writes in it: creates it
 * private (0700), tightens anything in it others could read, and takes its lock, so a second
 * Gavel on the same folder stops with a {@link FolderInUseError} naming the process that holds
 * it instead of writing every record twice.
 */
export function openDataFolder(dir: string, warn: (message: string) => void): FolderLock {
  secureDataFolder(dir, warn);
  return lockDataFolder(dir);
}

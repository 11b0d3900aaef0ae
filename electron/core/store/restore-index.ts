import { ok } from '../../../shared/ipc/result';
import { loadMeeting } from '../meetings/record/meeting-loader';
import type { CoreDeps } from '../types';
import { LibraryStore } from './library-store';
import { rebuildIndex } from './rebuild-index';

/**
 * Before the meetings start (and resume): puts every journaled meeting the library's index lacks
 * back into it, read from its journal, so history, search and resume see them all.
 */
export function restoreMeetingIndex(deps: Pick<CoreDeps, 'dataDir' | 'library' | 'log'>): number {
  if (!deps.library) return 0;
  const store = new LibraryStore(deps.library, (message) => deps.log('warn', message));
  return rebuildIndex(
    deps.dataDir,
    store,
    (id) => {
      const loaded = loadMeeting(deps.dataDir, id);
      return loaded.ok ? ok(loaded.value.fold) : loaded;
    },
    deps.log,
  );
}

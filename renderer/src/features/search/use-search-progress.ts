import { useEffect, useState } from 'react';
import type { Payload } from '../../../../shared/ipc/schemas';
import type { LibraryClient } from '../../state/library-client';

/** How far the building of the search index has come. */
export type IndexProgress = Payload<'search:progress'>;

/** The index's progress while it is being built, or null when it is not (or is done). */
export function useSearchProgress(library: LibraryClient): IndexProgress | null {
  const [progress, setProgress] = useState<IndexProgress | null>(null);
  useEffect(() => library.on('search:progress', setProgress), [library]);
  return progress && progress.done < progress.total ? progress : null;
}

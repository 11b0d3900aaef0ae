import { useEffect, useState } from 'react';
import type { Payload } from '../../../../shared/ipc/schemas';
import type { AfterMeetingClient } from '../../state/after-meeting-client';

/** How far the building of the search index has come. */
export type IndexProgress = Payload<'search:progress'>;

/** The index's progress while it is being built, or null when it is not (or is done). */
export function useSearchProgress(afterMeeting: AfterMeetingClient): IndexProgress | null {
  const [progress, setProgress] = useState<IndexProgress | null>(null);
  useEffect(() => afterMeeting.on('search:progress', setProgress), [afterMeeting]);
  return progress && progress.done < progress.total ? progress : null;
}

import { useEffect, useState } from 'react';
import { useStoreApi } from '../../app/AppContext';

/**
 * A number that goes up while meeting `meetingId` is the window's live meeting and changes
 * (items, topics, lines said), and once more when it ends; at most once every `everyMs`, so a
 * busy channel does not render the minutes on every line.
 */
export function useLiveRevision(meetingId: string, everyMs = 2000): number {
  const store = useStoreApi();
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribe((state, before) => {
      const meeting = state.meeting;
      if (meeting?.id !== meetingId) return;
      const wasLive = before.meeting?.id === meetingId && before.meeting.status === 'live';
      if (meeting.status !== 'live' && !wasLive) return;
      if (meeting === before.meeting && state.lines === before.lines) return;
      timer ??= setTimeout(() => {
        timer = undefined;
        setRevision((r) => r + 1);
      }, everyMs);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [store, meetingId, everyMs]);

  return revision;
}

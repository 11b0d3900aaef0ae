import { useEffect, useState } from 'react';
import { useActions, useAppState } from '../../app/AppContext';

/**
 * True while the meeting is still going: the window's own meeting as it changes, any other
 * meeting of the library as `history:open` describes it.
 */
export function useMeetingLive(meetingId: string): boolean {
  const library = useActions().library;
  const shown = useAppState((s) => (s.meeting?.id === meetingId ? s.meeting.status : null));
  const [opened, setOpened] = useState<'live' | 'ended' | null>(null);

  useEffect(() => {
    if (shown) return;
    let current = true;
    void library.invoke('history:open', { meetingId }).then((result) => {
      if (current && result.ok) setOpened(result.value.view.status);
    });
    return () => {
      current = false;
    };
  }, [shown, meetingId, library]);

  return (shown ?? opened) === 'live';
}

import { useEffect, useState } from 'react';
import { useActions, useAppState } from '../../app/AppContext';

/**
 * True while the meeting is still going: the window's own meeting as it changes, any other
 * meeting Gavel keeps as `history:open` describes it.
 */
export function useMeetingLive(meetingId: string): boolean {
  const afterMeeting = useActions().afterMeeting;
  const shown = useAppState((s) => (s.meeting?.id === meetingId ? s.meeting.status : null));
  const [opened, setOpened] = useState<'live' | 'ended' | null>(null);

  useEffect(() => {
    if (shown) return;
    let current = true;
    void afterMeeting.invoke('history:open', { meetingId }).then((result) => {
      if (current && result.ok) setOpened(result.value.view.status);
    });
    return () => {
      current = false;
    };
  }, [shown, meetingId, afterMeeting]);

  return (shown ?? opened) === 'live';
}

import { useAppState } from '../../app/AppContext';
import { HistoryList } from './HistoryList';
import { MeetingReader } from './MeetingReader';

/**
 * The history view: the list of past meetings, or the one open for reading (a search result
 * or a row's "Open" opens it; "Back to all meetings" returns to the list).
 */
export function HistoryView() {
  const meetingId = useAppState((s) => s.reading?.meetingId ?? null);
  return meetingId === null ? (
    <HistoryList />
  ) : (
    <MeetingReader key={meetingId} meetingId={meetingId} />
  );
}

import { useAppState } from '../../app/AppContext';
import { clockTime } from '../../time/format-time';

/** Where the meeting stands, in one calm line: none yet, live since when and how, or ended. */
export function MeetingStatus() {
  const meeting = useAppState((s) => s.meeting);
  const channel = useAppState((s) => s.status?.channel ?? s.transcriptChannel);
  let text: string;
  if (!meeting) text = channel ? `No meeting in ${channel} yet.` : 'Not in a channel.';
  else if (meeting.status === 'live') {
    const how =
      meeting.mode === 'drive' ? 'commands go to the channel' : 'quiet: notes stay in Gavel';
    text = `Meeting since ${clockTime(meeting.startedAt)} — ${how}.`;
  } else text = `Meeting ended at ${clockTime(meeting.endedAt ?? meeting.startedAt)}.`;
  return (
    <p
      className="meeting-status"
      data-testid="meeting-status"
      data-meeting={meeting?.status ?? 'none'}
    >
      <span className={`status-dot meeting-dot-${meeting?.status ?? 'none'}`} aria-hidden="true" />
      {text}
      {meeting?.status === 'live' && meeting.botNick && (
        <span className="meeting-bot"> {meeting.botNick} is keeping minutes too.</span>
      )}
    </p>
  );
}

import type { ReactNode } from 'react';
import { useAppState } from '../../app/AppContext';
import { practiceChannel } from '../../state/ui-slice';
import { clockTime } from '../../time/format-time';
import { CurrentTopic } from './CurrentTopic';

/**
 * Where the meeting stands, in one calm line: none yet, live since when and how, or ended; while
 * live, the current topic with its clock and the agenda's next item; once ended, an offer to save
 * the minutes. A live meeting in drive mode whose
 * channel Gavel is not in at the moment says so instead of claiming its commands reach the channel.
 */
export function MeetingStatus({
  next,
  aside,
  onSave,
}: {
  next: string | null;
  aside?: ReactNode;
  /** Opens the save dialog; offered once the meeting has ended. */
  onSave?: () => void;
}) {
  const meeting = useAppState((s) => s.meeting);
  const channel = useAppState((s) => s.status?.channel ?? s.transcriptChannel);
  const inChannel = useAppState((s) => s.status?.state === 'joined' || practiceChannel(s) !== null);
  let text: string;
  let dot: string = meeting?.status ?? 'none';
  if (!meeting) text = channel ? `No meeting in ${channel} yet.` : 'Not in a channel.';
  else if (meeting.status === 'live') {
    const away = !inChannel && meeting.mode === 'drive';
    const how = away
      ? `Gavel is not in ${meeting.channel} right now, so commands cannot reach it`
      : meeting.mode === 'drive'
        ? 'commands go to the channel'
        : 'quiet: notes stay in Gavel';
    if (away) dot = 'away';
    text = `Meeting since ${clockTime(meeting.startedAt)} — ${how}.`;
  } else text = `Meeting ended at ${clockTime(meeting.endedAt ?? meeting.startedAt)}.`;
  return (
    <div className="meeting-line">
      <p
        className="meeting-status"
        data-testid="meeting-status"
        data-meeting={meeting?.status ?? 'none'}
      >
        <span className={`status-dot meeting-dot-${dot}`} aria-hidden="true" />
        <span className="meeting-status-text">
          {text}
          {meeting?.status === 'live' && meeting.botNick && (
            <span className="meeting-bot"> {meeting.botNick} is keeping minutes too.</span>
          )}
        </span>
      </p>
      {meeting?.status === 'ended' && onSave && (
        <button type="button" className="primary save-offer" onClick={onSave}>
          Save the minutes…
        </button>
      )}
      <CurrentTopic />
      {next && (
        <span id="next-topic-title" className="next-topic">
          Next: <bdi>{next}</bdi>
        </span>
      )}
      {aside}
    </div>
  );
}

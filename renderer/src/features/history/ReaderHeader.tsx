import type { OpenedMeeting } from './use-reader';
import { useAppState } from '../../app/AppContext';
import {
  durationText,
  localDateTime,
  meetingMinutes,
  meetingTitle,
  sourceText,
} from './history-format';

/** The meeting being read, and how far its transcript has loaded. */
export interface ReaderHeaderProps {
  opened: OpenedMeeting;
  loadedLines: number;
  complete: boolean;
  /** Opens the digest's suggestions; absent while the transcript loads or they are open. */
  onDigest?: () => void;
}

/**
 * The reader's heading: back to the list, the meeting's title, channel, date, length and
 * source, a note when it is read-only, and what can be done with it (export, practice).
 */
export function ReaderHeader({ opened, loadedLines, complete, onDigest }: ReaderHeaderProps) {
  const closeReading = useAppState((s) => s.closeReading);
  const openDialog = useAppState((s) => s.openDialog);
  const { view } = opened;
  const live = !opened.readOnly;
  const durationMin = meetingMinutes(view, opened.source);
  const entry = { ...opened, status: view.status, durationMin };
  return (
    <header className="reader-header">
      <button type="button" onClick={closeReading}>
        <span aria-hidden="true">← </span>Back to all meetings
      </button>
      <div className="reader-title">
        <h2 id="reader-heading">
          <bdi>{meetingTitle({ title: view.title ?? view.name, channel: view.channel })}</bdi>
        </h2>
        <p className="reader-facts">
          <bdi>{view.channel}</bdi> · {localDateTime(view.startedAt)} · {durationText(entry)} ·{' '}
          {sourceText(entry)}
          {!live && <span className="badge reader-readonly">Read-only</span>}
        </p>
        {!live && (
          <p className="muted reader-note">
            The transcript cannot change. Use “Mark…” on a line to add a topic, decision, action or
            link, and tick actions off as they are done.
          </p>
        )}
        {!complete && (
          <p className="muted" role="status">
            Loading the transcript: {loadedLines.toLocaleString()} of{' '}
            {opened.lineCount.toLocaleString()} lines…
          </p>
        )}
      </div>
      <div className="reader-tools">
        <button type="button" onClick={onDigest} disabled={!onDigest}>
          Digest…
        </button>
        <button type="button" onClick={() => openDialog({ kind: 'export', meetingId: view.id })}>
          Export…
        </button>
        <button type="button" onClick={() => openDialog({ kind: 'practice', meetingId: view.id })}>
          Practice…
        </button>
      </div>
    </header>
  );
}

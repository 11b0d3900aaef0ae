import { useAppState } from '../../app/AppContext';

/**
 * What the history says before there is any meeting in it: where meetings come from, and the
 * two ways to get one now (import a log, replay the bundled sample).
 */
export function HistoryEmpty() {
  const openDialog = useAppState((s) => s.openDialog);
  return (
    <div className="empty-state history-empty">
      <p className="empty-state-title">No meetings yet.</p>
      <p>
        Meetings you chair appear here when they start. You can also import the log of an earlier
        meeting (MeetBot, irssi, WeeChat and other logs, or a meeting page), or practise on a sample
        meeting.
      </p>
      <div className="history-empty-tools">
        <button
          type="button"
          className="primary"
          onClick={() => openDialog({ kind: 'import', file: null })}
        >
          Import a log…
        </button>
        <button type="button" onClick={() => openDialog({ kind: 'practice', meetingId: null })}>
          Try the sample meeting
        </button>
      </div>
    </div>
  );
}

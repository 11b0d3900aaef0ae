import type { HistoryEntry } from '../../../../shared/ipc/after-meeting-schemas';
import { useAppState } from '../../app/AppContext';
import { isoInstant } from '../../time/format-time';
import { durationText, localDateTime, meetingTitle, sourceText } from './history-format';

/**
 * The past meetings, one row each: when (local time), title, channel, length, how many people
 * spoke, open and all actions, and where it came from; each row opens, exports or replays its
 * meeting.
 */
export function HistoryTable({ entries }: { entries: readonly HistoryEntry[] }) {
  const openReading = useAppState((s) => s.openReading);
  const openDialog = useAppState((s) => s.openDialog);
  return (
    <table className="history-table" aria-labelledby="history-heading">
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Title</th>
          <th scope="col">Channel</th>
          <th scope="col">Duration</th>
          <th scope="col">People</th>
          <th scope="col">Open / all actions</th>
          <th scope="col">Source</th>
          <th scope="col">
            <span className="visually-hidden">What to do</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id} data-testid="history-row">
            <td className="history-date">
              <time dateTime={isoInstant(entry.startedAt)}>{localDateTime(entry.startedAt)}</time>
            </td>
            <th scope="row" className="history-title">
              <bdi>{meetingTitle(entry)}</bdi>
            </th>
            <td>
              <bdi>{entry.channel}</bdi>
            </td>
            <td>{durationText(entry)}</td>
            <td className="history-number">{entry.people}</td>
            <td className="history-number">
              {entry.openActions} / {entry.actions}
            </td>
            <td>{sourceText(entry)}</td>
            <td>
              <div className="history-row-tools">
                <button type="button" onClick={() => openReading(entry.id)}>
                  Open
                </button>
                <button
                  type="button"
                  onClick={() => openDialog({ kind: 'export', meetingId: entry.id })}
                >
                  Export…
                </button>
                <button
                  type="button"
                  onClick={() => openDialog({ kind: 'practice', meetingId: entry.id })}
                >
                  Practice…
                </button>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

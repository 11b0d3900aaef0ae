import { useId, useState } from 'react';
import { HistoryEmpty } from './HistoryEmpty';
import { HistoryTable } from './HistoryTable';
import { useHistoryList } from './use-history-list';

/**
 * Every meeting Gavel keeps, newest first, with a choice of channel; kept current as
 * meetings end, are imported or edited. With none yet, it says how to get one.
 */
export function HistoryList() {
  const [channel, setChannel] = useState<string | null>(null);
  const { entries, channels, error } = useHistoryList(channel);
  const filterId = useId();
  const empty = entries !== null && entries.length === 0 && channel === null;
  return (
    <section className="view history-list" aria-labelledby="history-heading">
      <header className="history-toolbar">
        <h2 id="history-heading">Past meetings</h2>
        {!empty && entries !== null && (
          <>
            <label htmlFor={filterId}>Channel</label>
            <select
              id={filterId}
              value={channel ?? ''}
              onChange={(e) => setChannel(e.target.value || null)}
            >
              <option value="">All channels</option>
              {channels.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
            <span className="muted" role="status">
              {entries.length} {entries.length === 1 ? 'meeting' : 'meetings'}
            </span>
          </>
        )}
      </header>
      {error && (
        <p className="history-error" role="alert">
          {error}
        </p>
      )}
      {entries === null && !error && (
        <p className="muted" role="status">
          Loading the meetings…
        </p>
      )}
      {empty && <HistoryEmpty />}
      {entries !== null && !empty && <HistoryTable entries={entries} />}
    </section>
  );
}

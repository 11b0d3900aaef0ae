import { useCallback, useEffect, useState } from 'react';
import type { HistoryEntry } from '../../../../shared/ipc/after-meeting-schemas';
import { useActions } from '../../app/AppContext';
import { channelsOf } from './history-format';

/** The history's meetings as last listed, the channels to filter by, and any failure. */
export interface HistoryListing {
  /** Null until the first answer. */
  entries: HistoryEntry[] | null;
  channels: string[];
  error: string | null;
  reload(): void;
}

/**
 * Lists the meetings Gavel keeps (one channel's when `channel` is set), again whenever the core
 * says a meeting changed. The channels to filter by come from every listing seen, so
 * choosing one channel does not make the others disappear from the choice.
 */
export function useHistoryList(channel: string | null): HistoryListing {
  const { afterMeeting } = useActions();
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [channels, setChannels] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((n) => n + 1), []);

  useEffect(
    () =>
      afterMeeting.on('history:changed', (change) => {
        setChannels((known) => channelsOf([], [...known, change.channel]));
        reload();
      }),
    [afterMeeting, reload],
  );

  useEffect(() => {
    let current = true;
    void afterMeeting.invoke('history:list', channel ? { channel } : {}).then((result) => {
      if (!current) return;
      if (!result.ok) return setError(result.error.message);
      setError(null);
      setEntries(result.value);
      setChannels((known) => channelsOf(result.value, channel ? known : []));
    });
    return () => {
      current = false;
    };
  }, [afterMeeting, channel, round]);

  return { entries, channels, error, reload };
}

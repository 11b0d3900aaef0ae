import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchQuery } from '../../../../shared/search/types';
import type { AfterMeetingClient } from '../../state/after-meeting-client';
import type { SearchAnswer } from './result-text';

/** Where the latest search stands. `answer` is kept while a newer search runs. */
export interface SearchState {
  /** The query searched last, or null when there is nothing to search. */
  query: SearchQuery | null;
  pending: boolean;
  answer: SearchAnswer | null;
  error: string | null;
}

const IDLE: SearchState = { query: null, pending: false, answer: null, error: null };

/**
 * Runs searches over every meeting Gavel keeps. Only the latest search counts: an answer to an earlier one
 * that arrives late is dropped, and `run(null)` drops any search still running.
 */
export function useSearch(afterMeeting: AfterMeetingClient): {
  state: SearchState;
  run(query: SearchQuery | null): void;
} {
  const [state, setState] = useState<SearchState>(IDLE);
  const latest = useRef(0);
  useEffect(
    () => () => {
      latest.current += 1;
    },
    [],
  );

  const run = useCallback(
    (query: SearchQuery | null) => {
      const id = ++latest.current;
      if (query === null) {
        setState(IDLE);
        return;
      }
      setState((s) => ({ ...s, query, pending: true, error: null }));
      void afterMeeting.invoke('search:query', query).then((result) => {
        if (id !== latest.current) return;
        setState(
          result.ok
            ? { query, pending: false, answer: result.value, error: null }
            : { query, pending: false, answer: null, error: result.error.message },
        );
      });
    },
    [afterMeeting],
  );
  return { state, run };
}

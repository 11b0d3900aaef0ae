import { useCallback, useEffect, useRef, useState } from 'react';
import { useStoreApi } from '../../app/AppContext';
import { hintFor, sameHint, type Hint } from './hint-model';

/** At most one look for a hint in this long, however fast lines arrive. */
export const HINT_EVERY_MS = 400;

/** The live hint, and putting it away for good. */
export interface LiveHintState {
  hint: Hint | null;
  /** Puts the hint shown away, with any older one: only a point said later is offered. */
  dismiss(): void;
}

/**
 * Watches the followed channel's lines and meeting outside React's rendering, and looks for a
 * hint at most every {@link HINT_EVERY_MS} after they change (never when nothing changed), so
 * the transcript's updates pay nothing for it. Re-renders only when the hint changes.
 */
export function useLiveHint(): LiveHintState {
  const store = useStoreApi();
  const [hint, setHint] = useState<Hint | null>(null);
  // The line of the last hint put away, in the meeting it belongs to.
  const putAway = useRef({ meetingId: '', seq: 0 });

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let seen = { lines: store.getState().lines, meeting: store.getState().meeting };
    const run = () => {
      timer = undefined;
      const s = store.getState();
      seen = { lines: s.lines, meeting: s.meeting };
      const meetingId = s.meeting?.id ?? '';
      if (putAway.current.meetingId !== meetingId) putAway.current = { meetingId, seq: 0 };
      const next = hintFor(s.lines, s.meeting, putAway.current.seq);
      setHint((before) => (sameHint(before, next) ? before : next));
    };
    const stop = store.subscribe((s) => {
      if (timer !== undefined || (s.lines === seen.lines && s.meeting === seen.meeting)) return;
      timer = setTimeout(run, HINT_EVERY_MS);
    });
    run();
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, [store]);

  const dismiss = useCallback(() => {
    setHint((shown) => {
      if (shown) putAway.current.seq = Math.max(putAway.current.seq, shown.seq);
      return null;
    });
  }, []);
  return { hint, dismiss };
}

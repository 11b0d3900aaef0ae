import { useCallback, useEffect, useRef, useState } from 'react';
import type { TranscriptLine } from '../../../../shared/domain/line';
import type { MeetingView } from '../../../../shared/ipc/meeting-schemas';
import type { Res } from '../../../../shared/ipc/schemas';
import { useActions } from '../../app/AppContext';

/** The transcript comes in pages this long (the most `history:lines` gives at once). */
export const PAGE_LINES = 5000;

/** What `history:open` says about a meeting. */
export type OpenedMeeting = Res<'history:open'>;

/** A meeting being read: what the core says of it, its lines so far, and any failure. */
export interface Reader {
  opened: OpenedMeeting | null;
  /** The lines loaded so far, in order. */
  lines: TranscriptLine[];
  /** True once every line is loaded. */
  complete: boolean;
  error: string | null;
  /** Takes the view a change (a mark, an action edit) answered with. */
  setView(view: MeetingView): void;
  /** Reads the meeting again: its view, marks and any lines added since. */
  refresh(): Promise<void>;
}

interface Loading {
  alive: boolean;
  /** True once the first page has been asked for. */
  started: boolean;
  busy: boolean;
  again: boolean;
  lastSeq: number;
}

const idle = (): Loading => ({
  alive: false,
  started: false,
  busy: false,
  again: false,
  lastSeq: 0,
});

/**
 * Opens meeting `meetingId` and loads its transcript page by page after it, so
 * the first lines show at once even in a meeting of 100,000. A `history:changed` about the
 * meeting reads it again and loads whatever lines it gained. While it is the followed meeting,
 * `live` (its view as the core pushes it) replaces the view, and its new lines are loaded.
 */
export function useReader(meetingId: string, live: MeetingView | null): Reader {
  const { afterMeeting } = useActions();
  const [opened, setOpened] = useState<OpenedMeeting | null>(null);
  const [lines, setLines] = useState<TranscriptLine[]>([]);
  const [complete, setComplete] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const loading = useRef<Loading>(idle());

  const loadLines = useCallback(async () => {
    const state = loading.current;
    if (state.busy) {
      state.again = true;
      return;
    }
    state.busy = true;
    state.started = true;
    try {
      for (;;) {
        const afterSeq = state.lastSeq;
        const page = await afterMeeting.invoke('history:lines', {
          meetingId,
          afterSeq,
          limit: PAGE_LINES,
        });
        if (!state.alive) return;
        if (!page.ok) return setError(page.error.message);
        const got = page.value.lines;
        if (got.length > 0) {
          state.lastSeq = got[got.length - 1]!.seq;
          setLines((before) => before.concat(got));
        }
        if (page.value.more) continue;
        if (!state.again) return setComplete(true);
        state.again = false;
      }
    } finally {
      state.busy = false;
    }
  }, [afterMeeting, meetingId]);

  const refresh = useCallback(async () => {
    const state = loading.current;
    const result = await afterMeeting.invoke('history:open', { meetingId });
    if (!state.alive) return;
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setOpened(result.value);
    if (!state.started || result.value.lastSeq > state.lastSeq) await loadLines();
  }, [afterMeeting, meetingId, loadLines]);

  useEffect(() => {
    const state: Loading = { ...idle(), alive: true };
    loading.current = state;
    setLines([]);
    setComplete(false);
    void refresh();
    const stop = afterMeeting.on('history:changed', (change) => {
      if (change.meetingId === meetingId) void refresh();
    });
    return () => {
      state.alive = false;
      stop();
    };
  }, [afterMeeting, meetingId, refresh]);

  useEffect(() => {
    if (!live) return;
    setOpened((before) =>
      before ? { ...before, view: live, readOnly: live.status !== 'live' } : before,
    );
    if (loading.current.started) void loadLines();
  }, [live, loadLines]);

  const setView = useCallback(
    (view: MeetingView) => setOpened((before) => (before ? { ...before, view } : before)),
    [],
  );
  return { opened, lines, complete, error, setView, refresh };
}

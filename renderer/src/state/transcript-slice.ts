import type { StateCreator } from 'zustand/vanilla';
import type { TranscriptLine } from '../../../shared/domain/line';
import type { AppState } from './store';

/**
 * Lines the window holds while the chair follows the newest ones: older lines are let go (a
 * quarter at a time, so each line is moved about once) and paged back in when the chair scrolls
 * up to them, so an eight-hour meeting costs the window what its last half hour does.
 */
export const WINDOW_LINES = 5_000;

/**
 * Most lines the window holds either way: past it, while following, the oldest go (down to
 * {@link WINDOW_LINES}); while the chair reads further up, the newest are not kept (counted, and
 * fetched again when the chair goes back to the end) and paging older lines in lets the newest go.
 */
export const WINDOW_MAX_LINES = WINDOW_LINES * 1.25;

/** The lines of the channel the transcript pane shows, in `seq` order without gaps. */
export interface TranscriptSlice {
  /** The channel whose lines these are; null before any is known. */
  transcriptChannel: string | null;
  /** The newest lines of the channel, and any older ones paged back in. */
  lines: TranscriptLine[];
  /** Goes up each time the transcript starts over, so views keyed on it start over too. */
  transcriptGeneration: number;
  /** True while the chair follows the newest line: only then are the oldest lines let go. */
  transcriptFollowing: boolean;
  /** True once the core had no line before the first held: there is nothing more to page in. */
  transcriptAtStart: boolean;
  /**
   * The newest line's seq the core has sent (0 before any): above the last line held when the
   * window let the newest go while the chair read further up.
   */
  transcriptNewest: number;
  /** Starts over with `lines` as the whole transcript of `channel`. */
  resetTranscript(channel: string | null, lines: TranscriptLine[]): void;
  /** Adds lines after the last one (the caller has put them in order). */
  appendLines(lines: readonly TranscriptLine[]): void;
  /** Puts lines paged in before the first one held; none means there are no older lines. */
  prependLines(lines: readonly TranscriptLine[]): void;
  /**
   * Puts back newer lines fetched after the last one held (or, `replace`, instead of every line
   * held: the gap was wider than the window), the oldest going past the bound.
   */
  fillNewer(lines: readonly TranscriptLine[], replace: boolean): void;
  setTranscriptFollowing(following: boolean): void;
}

/** The transcript slice of the app store. */
export const createTranscriptSlice: StateCreator<AppState, [], [], TranscriptSlice> = (set) => ({
  transcriptChannel: null,
  lines: [],
  transcriptGeneration: 0,
  transcriptFollowing: true,
  transcriptAtStart: false,
  transcriptNewest: 0,
  resetTranscript: (transcriptChannel, lines) =>
    set((state) => ({
      transcriptChannel,
      lines,
      transcriptGeneration: state.transcriptGeneration + 1,
      transcriptAtStart: false,
      transcriptNewest: lines.at(-1)?.seq ?? 0,
    })),
  appendLines: (added) => {
    if (added.length === 0) return;
    set((state) => {
      const transcriptNewest = Math.max(state.transcriptNewest, added.at(-1)!.seq);
      const last = state.lines.at(-1)?.seq;
      // The newest were let go: these wait with them, to be fetched at the end.
      if (last !== undefined && last < state.transcriptNewest) return { transcriptNewest };
      if (!state.transcriptFollowing) {
        const room = Math.max(0, WINDOW_MAX_LINES - state.lines.length);
        const kept = added.length > room ? added.slice(0, room) : added;
        return {
          lines: kept.length > 0 ? state.lines.concat(kept) : state.lines,
          transcriptNewest,
        };
      }
      const lines = state.lines.concat(added);
      return lines.length >= WINDOW_MAX_LINES
        ? {
            lines: lines.slice(lines.length - WINDOW_LINES),
            transcriptAtStart: false,
            transcriptNewest,
          }
        : { lines, transcriptNewest };
    });
  },
  prependLines: (older) =>
    set((state) => {
      const first = state.lines[0]?.seq ?? Number.POSITIVE_INFINITY;
      const before = older.filter((line) => line.seq < first);
      if (before.length === 0) return { transcriptAtStart: true };
      const lines = before.concat(state.lines);
      // Reading back, the chair is at the top: the newest lines go, to be fetched at the end.
      return !state.transcriptFollowing && lines.length >= WINDOW_MAX_LINES
        ? { lines: lines.slice(0, WINDOW_LINES) }
        : { lines };
    }),
  fillNewer: (newer, replace) =>
    set((state) => {
      const last = state.lines.at(-1)?.seq ?? 0;
      const after = replace ? newer : newer.filter((line) => line.seq > last);
      if (after.length === 0) return {};
      const lines = replace ? after.slice() : state.lines.concat(after);
      const transcriptNewest = Math.max(state.transcriptNewest, after.at(-1)!.seq);
      return lines.length >= WINDOW_MAX_LINES || replace
        ? {
            lines: lines.slice(Math.max(0, lines.length - WINDOW_LINES)),
            transcriptAtStart: false,
            transcriptNewest,
          }
        : { lines, transcriptNewest };
    }),
  setTranscriptFollowing: (transcriptFollowing) => set({ transcriptFollowing }),
});

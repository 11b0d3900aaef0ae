import type { StateCreator } from 'zustand/vanilla';
import type { TranscriptLine } from '../../../shared/domain/line';
import type { AppState } from './store';

/**
 * Lines the window holds while the chair follows the newest ones: older lines are let go (a
 * quarter at a time, so each line is moved about once) and paged back in when the chair scrolls
 * up to them, so an eight-hour meeting costs the window what its last half hour does.
 */
export const WINDOW_LINES = 5_000;

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
  /** Starts over with `lines` as the whole transcript of `channel`. */
  resetTranscript(channel: string | null, lines: TranscriptLine[]): void;
  /** Adds lines after the last one (the caller has put them in order). */
  appendLines(lines: readonly TranscriptLine[]): void;
  /** Puts lines paged in before the first one held; none means there are no older lines. */
  prependLines(lines: readonly TranscriptLine[]): void;
  setTranscriptFollowing(following: boolean): void;
}

/** The transcript slice of the app store. */
export const createTranscriptSlice: StateCreator<AppState, [], [], TranscriptSlice> = (set) => ({
  transcriptChannel: null,
  lines: [],
  transcriptGeneration: 0,
  transcriptFollowing: true,
  transcriptAtStart: false,
  resetTranscript: (transcriptChannel, lines) =>
    set((state) => ({
      transcriptChannel,
      lines,
      transcriptGeneration: state.transcriptGeneration + 1,
      transcriptAtStart: false,
    })),
  appendLines: (added) => {
    if (added.length === 0) return;
    set((state) => {
      const lines = state.lines.concat(added);
      const over = state.transcriptFollowing && lines.length >= WINDOW_LINES * 1.25;
      return over
        ? { lines: lines.slice(lines.length - WINDOW_LINES), transcriptAtStart: false }
        : { lines };
    });
  },
  prependLines: (older) =>
    set((state) => {
      const first = state.lines[0]?.seq ?? Number.POSITIVE_INFINITY;
      const before = older.filter((line) => line.seq < first);
      if (before.length === 0) return { transcriptAtStart: true };
      return { lines: before.concat(state.lines) };
    }),
  setTranscriptFollowing: (transcriptFollowing) => set({ transcriptFollowing }),
});

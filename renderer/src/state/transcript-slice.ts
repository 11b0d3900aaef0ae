import type { StateCreator } from 'zustand/vanilla';
import type { TranscriptLine } from '../../../shared/domain/line';
import type { AppState } from './store';

/** The lines of the channel the transcript pane shows, in `seq` order without gaps. */
export interface TranscriptSlice {
  /** The channel whose lines these are; null before any is known. */
  transcriptChannel: string | null;
  lines: TranscriptLine[];
  /** Goes up each time the transcript starts over, so views keyed on it start over too. */
  transcriptGeneration: number;
  /** Starts over with `lines` as the whole transcript of `channel`. */
  resetTranscript(channel: string | null, lines: TranscriptLine[]): void;
  /** Adds lines after the last one (the caller has put them in order). */
  appendLines(lines: readonly TranscriptLine[]): void;
}

/** The transcript slice of the app store. */
export const createTranscriptSlice: StateCreator<AppState, [], [], TranscriptSlice> = (set) => ({
  transcriptChannel: null,
  lines: [],
  transcriptGeneration: 0,
  resetTranscript: (transcriptChannel, lines) =>
    set((state) => ({
      transcriptChannel,
      lines,
      transcriptGeneration: state.transcriptGeneration + 1,
    })),
  appendLines: (added) => {
    if (added.length > 0) set((state) => ({ lines: state.lines.concat(added) }));
  },
});

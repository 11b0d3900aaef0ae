import type { GavelBridge } from '../../../shared/ipc/bridge';
import type { AppStore } from './store';
import { WINDOW_LINES } from './transcript-slice';

// Rounds of fetching at most: lines keep coming while the window catches up.
const ROUNDS = 8;

/**
 * Fetches again (`transcript:since`) the newest lines the window let go while the chair read
 * further up: those after the last line held, or, when more than the window holds came since,
 * only the newest of them in place of every line held. One fetch at a time; an answer that
 * comes back after the transcript started over or changed at its end is dropped.
 */
export function createNewerLines(bridge: GavelBridge, store: AppStore): () => Promise<void> {
  let busy: Promise<void> | null = null;
  const run = async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const state = store.getState();
      const { transcriptChannel: channel, transcriptGeneration: generation } = state;
      const last = state.lines.at(-1)?.seq;
      if (!channel || last === undefined || last >= state.transcriptNewest) return;
      const afterSeq = Math.max(last, state.transcriptNewest - WINDOW_LINES);
      const answer = await bridge.invoke('transcript:since', { channel, afterSeq });
      const now = store.getState();
      if (!answer.ok || now.transcriptGeneration !== generation || now.lines.at(-1)?.seq !== last)
        return;
      if (answer.value.lines.length === 0) return;
      now.fillNewer(answer.value.lines, afterSeq > last);
    }
  };
  return () => (busy ??= run().finally(() => (busy = null)));
}

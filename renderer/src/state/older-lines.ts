import type { GavelBridge } from '../../../shared/ipc/bridge';
import type { AppStore } from './store';

/** Lines one scroll to the top pages back in. */
export const OLDER_PAGE_LINES = 500;

/**
 * Pages the lines before the first one the window holds back in from the core
 * (`transcript:before`), one page at a time; a page that comes back after the transcript started
 * over, or after another page, is dropped. Nothing is asked once the core has no older line.
 */
export function createOlderLines(bridge: GavelBridge, store: AppStore): () => Promise<void> {
  let busy = false;
  return async () => {
    const state = store.getState();
    const { transcriptChannel: channel, transcriptGeneration: generation } = state;
    const first = state.lines[0]?.seq;
    if (busy || !channel || first === undefined || first <= 1 || state.transcriptAtStart) return;
    busy = true;
    try {
      const page = await bridge.invoke('transcript:before', {
        channel,
        beforeSeq: first,
        limit: OLDER_PAGE_LINES,
      });
      const now = store.getState();
      if (!page.ok || now.transcriptGeneration !== generation || now.lines[0]?.seq !== first)
        return;
      now.prependLines(page.value.lines);
    } finally {
      busy = false;
    }
  };
}

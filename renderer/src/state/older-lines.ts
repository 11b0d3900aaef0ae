import type { GavelBridge } from '../../../shared/ipc/bridge';
import { TRANSCRIPT_PAGE_MAX_LINES } from '../../../shared/ipc/limits';
import type { AppStore } from './store';

/** Lines one scroll to the top pages back in. */
export const OLDER_PAGE_LINES = 500;

/**
 * Pages lines before the first one the window holds back in from the core
 * (`transcript:before`): one page, or as many as it takes to reach line `through` (a jump to an
 * old line), one request at a time. A page that comes back after the transcript started over is
 * dropped; nothing is asked once the core has no older line.
 */
export function createOlderLines(
  bridge: GavelBridge,
  store: AppStore,
): (through?: number) => Promise<void> {
  let busy: Promise<void> | null = null;
  const page = async (limit: number): Promise<boolean> => {
    const state = store.getState();
    const { transcriptChannel: channel, transcriptGeneration: generation } = state;
    const first = state.lines[0]?.seq;
    if (!channel || first === undefined || first <= 1 || state.transcriptAtStart) return false;
    const answer = await bridge.invoke('transcript:before', { channel, beforeSeq: first, limit });
    const now = store.getState();
    if (!answer.ok || now.transcriptGeneration !== generation || now.lines[0]?.seq !== first)
      return false;
    now.prependLines(answer.value.lines);
    return answer.value.lines.length > 0;
  };
  const reach = async (through: number) => {
    for (;;) {
      const first = store.getState().lines[0]?.seq ?? 0;
      if (first <= through) return;
      const limit = Math.min(TRANSCRIPT_PAGE_MAX_LINES, first - through);
      if (!(await page(limit))) return;
    }
  };
  // A scroll while a page is on its way asks for nothing more; a jump waits for it, then goes on.
  return async (through) => {
    if (busy && through === undefined) return;
    while (busy) await busy;
    const work = (through === undefined ? page(OLDER_PAGE_LINES) : reach(through)).then(() => {});
    busy = work.finally(() => (busy = null));
    await busy;
  };
}

import type { GavelBridge } from '../../../shared/ipc/bridge';
import { TRANSCRIPT_FIND_MAX_HITS } from '../../../shared/ipc/limits';
import type { Res } from '../../../shared/ipc/schemas';
import type { AppStore } from './store';

/** What the core found in the whole transcript of the channel the window follows. */
export type FoundLines = Res<'transcript:find'>;

/**
 * Finds `query` in the whole transcript of the channel the window follows (`transcript:find`),
 * not only in the lines the window holds; null when there is no channel or the core could not
 * answer (find then looks through the lines held).
 */
export function createFindLines(
  bridge: GavelBridge,
  store: AppStore,
): (query: string) => Promise<FoundLines | null> {
  return async (query) => {
    const channel = store.getState().transcriptChannel;
    if (!channel || query.trim() === '') return null;
    const answer = await bridge.invoke('transcript:find', {
      channel,
      query,
      limit: TRANSCRIPT_FIND_MAX_HITS,
    });
    return answer.ok ? answer.value : null;
  };
}

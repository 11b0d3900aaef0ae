import type { GavelBridge } from '../../../shared/ipc/bridge';
import type { Payload } from '../../../shared/ipc/schemas';
import { sameChannel } from '../../../shared/irc/casemap';
import type { AppStore } from './store';

/** Keeps the store's meeting and agenda in step with the followed channel's. */
export interface MeetingSync {
  /** Reads the meeting and agenda of `channel` (the one now followed); resolves when both are in. */
  load(channel: string): Promise<void>;
  stop(): void;
}

/**
 * Follows `meeting:state` and `agenda:state` for the channel `followed()` names and ignores
 * other channels'. `load` asks for both afresh (on start, on a channel switch, after the link to
 * the app comes back). A failed read is reported as a sync problem and tried again every
 * `retryDelayMs` until it succeeds, the channel changes or the sync stops.
 */
export function startMeetingSync(
  bridge: GavelBridge,
  store: AppStore,
  followed: () => string | null,
  retryDelayMs = 1000,
): MeetingSync {
  let stopped = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  const mine = (channel: string) => {
    const current = followed();
    return current !== null && sameChannel(current, channel);
  };
  const onMeeting = (view: Payload<'meeting:state'>) => {
    if (mine(view.channel)) store.getState().setMeeting(view);
  };
  const onAgenda = (agenda: Payload<'agenda:state'>) => {
    if (mine(agenda.channel)) store.getState().setAgenda(agenda);
  };
  const unsubscribe = [bridge.on('meeting:state', onMeeting), bridge.on('agenda:state', onAgenda)];

  const load = async (channel: string): Promise<void> => {
    const [meeting, agenda] = await Promise.all([
      bridge.invoke('meeting:get', { channel }),
      bridge.invoke('agenda:get', { channel }),
    ]);
    if (stopped || !mine(channel)) return;
    const state = store.getState();
    if (meeting.ok) state.setMeeting(meeting.value);
    if (agenda.ok) state.setAgenda(agenda.value);
    const failed = !meeting.ok ? meeting.error : !agenda.ok ? agenda.error : null;
    if (!failed) return;
    state.setSyncError(failed);
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => void load(channel), retryDelayMs);
  };

  return {
    load,
    stop() {
      stopped = true;
      clearTimeout(retryTimer);
      for (const off of unsubscribe) off();
    },
  };
}

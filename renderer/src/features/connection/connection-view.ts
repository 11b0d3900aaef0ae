import type { ConnectionState } from '../../../../shared/ipc/schemas';
import { ircLower } from '../../../../shared/irc/casemap';
import type { AppState } from '../../state/store';

const FORM_STATES: readonly ConnectionState[] = ['idle', 'connecting', 'failed', 'disconnected'];
const LIVE_STATES: readonly ConnectionState[] = [
  'connecting',
  'registered',
  'joined',
  'reconnecting',
];

/** The connect form shows while there is no connection up, or while the chair edits it. */
export function isFormShown(state: AppState): boolean {
  return state.editingConnection || !state.status || FORM_STATES.includes(state.status.state);
}

/** A connection is up or on its way: "Disconnect" makes sense. */
export function isLive(state: AppState): boolean {
  return state.status !== null && LIVE_STATES.includes(state.status.state);
}

/** Connect is disabled while a connect call or connection attempt is under way. */
export function isBusy(state: AppState): boolean {
  return state.pending || state.status?.state === 'connecting';
}

/** The meeting in the connection's own channel is running: leaving would cut it off. */
export function meetingRunsHere(state: AppState): boolean {
  const { meeting, status } = state;
  if (meeting?.status !== 'live' || !status?.channel) return false;
  return ircLower(meeting.channel) === ircLower(status.channel);
}

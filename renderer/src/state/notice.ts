import type { ConnectionStatus } from '../../../shared/ipc/schemas';
import type { AppState } from './store';
import { practiceChannel, type Notice } from './ui-slice';

/** True while a connection is up or on its way (its channel is then the one in front). */
export function connectionUp(status: ConnectionStatus | null): boolean {
  return (
    status !== null &&
    status.state !== 'idle' &&
    status.state !== 'failed' &&
    status.state !== 'disconnected'
  );
}

/**
 * The channel the window follows: a running practice's, else the connection's while one is up,
 * else the one the chair picked to prepare, else the last connection's (null when none).
 */
export function followedChannel(
  state: Pick<AppState, 'practice' | 'status' | 'preparing'>,
): string | null {
  const connection = state.status?.channel ?? null;
  if (practiceChannel(state)) return practiceChannel(state);
  return connectionUp(state.status) ? connection : (state.preparing ?? connection);
}

/** The channel the meeting view is in front of: the followed one, else the transcript's. */
export function channelInFront(state: AppState): string | null {
  return followedChannel(state) ?? state.transcriptChannel;
}

/**
 * True when `notice` no longer holds: it was about another channel than the one in front (a
 * practice that has stopped, a channel left), or it said Gavel was not in the channel and Gavel
 * is back in it.
 */
export function noticeStale(notice: Notice, state: AppState): boolean {
  if (notice.channel !== undefined && notice.channel !== channelInFront(state)) return true;
  return (
    notice.code === 'not-connected' &&
    state.status?.state === 'joined' &&
    state.status.channel === notice.channel
  );
}

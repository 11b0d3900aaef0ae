import type { AppState } from './store';
import { practiceChannel, type Notice } from './ui-slice';

/** The channel the meeting view is in front of: a running practice's, else the connection's. */
export function channelInFront(state: AppState): string | null {
  return practiceChannel(state) ?? state.status?.channel ?? state.transcriptChannel;
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

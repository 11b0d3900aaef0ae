import type { ConnectionStatus } from '../../../../shared/ipc/schemas';
import type { LinkStatus } from '../../bridge/host-link';
import { clockTimeSeconds } from '../../time/format-time';

/** A status in words: a short headline and, when known, where and as whom. */
export interface StatusText {
  headline: string;
  detail: string | null;
}

const where = (s: ConnectionStatus) =>
  s.port === null ? (s.server ?? '') : `${s.server}:${s.port}`;

const clock = (at: number) => clockTimeSeconds(at);

/** Which attempt a reconnection is at, when the next one comes, and why the last one failed. */
function reconnectDetail(status: ConnectionStatus): string | null {
  const info = status.reconnect;
  if (!info) return status.error?.message ?? null;
  const next = info.nextAt === null ? 'trying now' : `next try at ${clock(info.nextAt)}`;
  const why = status.error ? ` — ${status.error.message}` : '';
  return `attempt ${info.attempt}, ${next}; lost at ${clock(info.since)}${why}`;
}

/** Describes the connection for the header; the link to the app comes first when it is down. */
export function describeStatus(status: ConnectionStatus | null, link: LinkStatus): StatusText {
  if (link.state === 'lost') return { headline: 'Lost contact with Gavel', detail: null };
  if (link.state === 'reconnecting') return { headline: 'Reconnecting to Gavel…', detail: null };
  if (!status) return { headline: 'Starting…', detail: null };
  const tls = status.tls ? ' (TLS)' : '';
  // The nick first: in a narrow header the server is what gets cut off.
  const as = status.nick ? `as ${status.nick} ` : '';
  switch (status.state) {
    case 'idle':
      return { headline: 'Not connected', detail: null };
    case 'connecting':
      return { headline: `Connecting to ${where(status)}${tls}…`, detail: null };
    case 'registered':
      return {
        headline: `Joining ${status.channel ?? 'the channel'}…`,
        detail: `${as}on ${where(status)}${tls}`,
      };
    case 'joined':
      return {
        headline: `Joined ${status.channel ?? ''}`,
        detail: `${as}on ${where(status)}${tls}`,
      };
    case 'reconnecting':
      return {
        headline: `Reconnecting to ${where(status)}${tls}…`,
        detail: reconnectDetail(status),
      };
    case 'disconnected':
      return { headline: 'Disconnected', detail: status.server ? `from ${where(status)}` : null };
    case 'failed':
      return {
        headline: 'Connection failed',
        detail: status.server ? `to ${where(status)}` : null,
      };
  }
}

import type { ConnectionStatus } from '../../../shared/ipc/schemas';

/** The status of a network that has not connected yet. */
export function idleStatus(network: string, now: number): ConnectionStatus {
  return {
    state: 'idle',
    server: null,
    port: null,
    tls: false,
    nick: null,
    channel: null,
    error: null,
    since: now,
    network,
    channels: [],
    reconnect: null,
    certificate: null,
  };
}

import { DEFAULT_NETWORK } from '../../../shared/ipc/schemas';

/** A channel of a network. */
export interface ChannelAddress {
  network: string;
  channel: string;
}

/**
 * The name a channel's transcript goes by: the bare channel (`#meet`) on the default network,
 * so its lines keep their plain shape, and `network:channel` (`oftc:#meet`) on any other.
 * Channel names cannot contain `:` and network ids cannot either, so the name is unambiguous.
 */
export function addressName({ network, channel }: ChannelAddress): string {
  return network === DEFAULT_NETWORK ? channel : `${network}:${channel}`;
}

/** The inverse of {@link addressName}: `#meet` is on the default network. */
export function parseAddress(name: string): ChannelAddress {
  const colon = name.indexOf(':');
  if (colon <= 0) return { network: DEFAULT_NETWORK, channel: name };
  return { network: name.slice(0, colon), channel: name.slice(colon + 1) };
}

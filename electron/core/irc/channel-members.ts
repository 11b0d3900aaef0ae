/**
 * Who is in which of the connection's channels, from NAMES replies, joins, parts, kicks, quits
 * and nick changes. A QUIT or NICK carries no channel: the server sends it to everyone sharing
 * a channel with that person, so it belongs in the transcripts of exactly those channels.
 * Names are compared by `lower`, the network's casemapping.
 */
export class ChannelMembers {
  private readonly members = new Map<string, Set<string>>();

  constructor(private readonly lower: (name: string) => string) {}

  /** Replaces a channel's member list with a complete NAMES reply. */
  names(channel: string, nicks: readonly string[]): void {
    this.members.set(this.lower(channel), new Set(nicks.map((n) => this.lower(n))));
  }

  joined(channel: string, nick: string): void {
    const key = this.lower(channel);
    const set = this.members.get(key) ?? new Set<string>();
    set.add(this.lower(nick));
    this.members.set(key, set);
  }

  left(channel: string, nick: string): void {
    this.members.get(this.lower(channel))?.delete(this.lower(nick));
  }

  /** Forgets a channel we are no longer in. */
  forget(channel: string): void {
    this.members.delete(this.lower(channel));
  }

  /** The channels (as keys) `nick` is known to be in. */
  channelsOf(nick: string): string[] {
    const who = this.lower(nick);
    return [...this.members].filter(([, set]) => set.has(who)).map(([key]) => key);
  }

  /** Moves `from` to `to` in every channel; returns the channels it was in. */
  renamed(from: string, to: string): string[] {
    const channels = this.channelsOf(from);
    for (const key of channels) {
      const set = this.members.get(key);
      set?.delete(this.lower(from));
      set?.add(this.lower(to));
    }
    return channels;
  }

  /** Removes `nick` everywhere; returns the channels it was in. */
  quit(nick: string): string[] {
    const channels = this.channelsOf(nick);
    for (const key of channels) this.members.get(key)?.delete(this.lower(nick));
    return channels;
  }
}

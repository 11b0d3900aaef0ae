/**
 * Who is in which of the connection's channels, from NAMES replies, joins, parts, kicks, quits
 * and nick changes. A QUIT or NICK carries no channel: the server sends it to everyone sharing
 * a channel with that person, so it belongs in the transcripts of exactly those channels.
 * Names are compared by `lower`, the network's casemapping, and kept as the server spelled them.
 */
export class ChannelMembers {
  /** Channel key → (nick key → nick as spelled). */
  private readonly members = new Map<string, Map<string, string>>();

  constructor(private readonly lower: (name: string) => string) {}

  /** Replaces a channel's member list with a complete NAMES reply. */
  names(channel: string, nicks: readonly string[]): void {
    this.members.set(this.lower(channel), new Map(nicks.map((n) => [this.lower(n), n])));
  }

  joined(channel: string, nick: string): void {
    const key = this.lower(channel);
    const set = this.members.get(key) ?? new Map<string, string>();
    set.set(this.lower(nick), nick);
    this.members.set(key, set);
  }

  left(channel: string, nick: string): void {
    this.members.get(this.lower(channel))?.delete(this.lower(nick));
  }

  /** Forgets a channel we are no longer in. */
  forget(channel: string): void {
    this.members.delete(this.lower(channel));
  }

  /** Who is in `channel` now, as the server spells them, or null when no NAMES or join was seen. */
  of(channel: string): string[] | null {
    const set = this.members.get(this.lower(channel));
    return set ? [...set.values()] : null;
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
      set?.set(this.lower(to), to);
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

import type { Client } from 'irc-framework';
import type { LineKind, LogLine } from '../../../shared/domain/line';
import { ircLower } from '../../../shared/irc/casemap';
import type { Clock } from '../clock';
import { ChannelMembers } from './channel-members';
import type { LineOrigin } from './dedupe';
import type { LineSink } from './events/line-sink';

/**
 * The one shape of a line event from the socket up: the channel's name as we joined it, the
 * line, whether we said it, and what deduplication needs. The router, the connection and the
 * network link hand it on in this order (the link and the services above it drop `origin`).
 */
export type RoutedLine = (
  channel: string,
  line: LogLine,
  self: boolean,
  origin: LineOrigin,
) => void;

// Live lines are stamped in UTC, MeetBot's default zone, so they read like its logs; `at` keeps
// the instant for local display.
const utcTime = (at: number) => new Date(at).toISOString().slice(11, 19);

/**
 * Turns the event handlers' lines into transcript lines of the right channels: stamped with the
 * server's time when it sent one (else the clock), marked `self` when said by our own nick, and
 * QUIT and NICK lines copied to every channel the person shares with us (or our own channel when
 * nothing is known of them). Keeps the member lists that routing needs.
 */
export class LineRouter implements LineSink {
  readonly members: ChannelMembers;

  constructor(
    private readonly client: Client,
    private readonly clock: Clock,
    /** Our channels, as joined (the first is the connection's own). */
    private readonly channels: () => readonly string[],
    private readonly emit: RoutedLine,
  ) {
    this.members = new ChannelMembers(ircLower);
  }

  isChannel(target: string): boolean {
    return this.nameOf(target) !== null;
  }

  /** Our name for `target` when it is one of our channels. */
  nameOf(target: string): string | null {
    return this.channels().find((c) => this.client.caseCompare(c, target)) ?? null;
  }

  line(
    kind: LineKind,
    nick: string,
    text: string,
    time: number | undefined,
    channel: string | null,
    origin: LineOrigin = {},
  ): void {
    const at = time !== undefined && Number.isFinite(time) ? time : this.clock.now();
    const self = this.client.caseCompare(nick, this.client.user.nick);
    const line: LogLine = { at, time: utcTime(at), kind, nick, text };
    for (const name of this.targets(kind, nick, text, channel, self))
      this.emit(name, line, self, origin);
  }

  private targets(
    kind: LineKind,
    nick: string,
    text: string,
    channel: string | null,
    self: boolean,
  ) {
    if (channel !== null) {
      const name = this.nameOf(channel);
      if (!name) return [];
      if (kind === 'join') this.members.joined(name, nick);
      if (kind === 'part') this.members.left(name, nick);
      if (kind === 'kick') this.members.left(name, text.split(' ')[0] ?? '');
      return [name];
    }
    const keys = kind === 'quit' ? this.members.quit(nick) : this.members.renamed(nick, text);
    if (self) return [...this.channels()];
    const names = this.channels().filter((c) => keys.includes(ircLower(c)));
    const own = this.channels()[0];
    return names.length > 0 ? names : own ? [own] : [];
  }
}

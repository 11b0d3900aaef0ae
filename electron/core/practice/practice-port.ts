import { fail } from '../../../shared/ipc/result';
import { ircLower } from '../../../shared/irc/casemap';
import type { ChannelPort } from '../meetings/ports';
import { isPracticeChannel } from './practice-channel';
import type { PracticeSeal } from './practice-seal';

/** The nick the chair practises as when a replay names none. */
export const PRACTICE_NICK = 'chair';

/** Who the chair is in each practice channel (the replayed meeting's own chair). */
export class PracticeSeats {
  private readonly nicks = new Map<string, string>();

  /** Seats the chair in `channel` as `nick`. */
  seat(channel: string, nick: string): void {
    this.nicks.set(ircLower(channel), nick);
  }

  /** The chair's nick in a practice channel. */
  nickIn(channel: string): string {
    return this.nicks.get(ircLower(channel)) ?? PRACTICE_NICK;
  }
}

/**
 * The meeting service's link with practice channels kept apart: there Gavel is always "in"
 * the channel as the practising chair (so no gap is noted), nothing is ever sent, and nothing
 * keeps a connection alive. Every other channel goes to the IRC side as before, except that
 * while a practice runs `seal` refuses to send anything there.
 */
export function practicePort(
  link: ChannelPort,
  seats: PracticeSeats,
  seal: PracticeSeal,
): ChannelPort {
  return {
    nickIn: (channel) =>
      isPracticeChannel(channel) ? seats.nickIn(channel) : link.nickIn(channel),
    membersIn: (channel) => (isPracticeChannel(channel) ? null : link.membersIn(channel)),
    say: (channel, text) =>
      isPracticeChannel(channel)
        ? fail('practice', 'This is a practice meeting, so nothing is sent anywhere.')
        : (seal.refusal(channel) ?? link.say(channel, text)),
    transcribe: (channel, line, self) => link.transcribe(channel, line, self),
    keepAlive: (channel, on) => {
      if (!isPracticeChannel(channel)) link.keepAlive(channel, on);
    },
    connect: (request) => link.connect(request),
  };
}

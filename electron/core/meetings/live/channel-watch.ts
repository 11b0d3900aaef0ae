import type { TranscriptLine } from '../../../../shared/domain/line';
import { channelKey } from '../../store/library-store';
import { isStartLine, startReply, type BotSighting } from './bot-detect';

// Enough recent lines to find the `#startmeeting` a bot's reply answers.
const RECENT_LINES = 50;

/** A meeting someone else opened in the channel: the lines it begins with, and its bot if known. */
export interface ChannelStart {
  lines: TranscriptLine[];
  bot: BotSighting | null;
  /** The bot's reply was heard but not the `#startmeeting` it answered. */
  implicitStart: boolean;
}

/**
 * Watches channels that have no live meeting, so a meeting opened there by someone else (or by
 * the chair typing `#startmeeting`) is followed from its first line; and remembers the last
 * meeting bot heard in each channel, so the next meeting there knows it.
 */
export class ChannelWatch {
  private readonly recent = new Map<string, TranscriptLine[]>();
  private readonly bots = new Map<string, BotSighting>();

  /** The meeting bot last heard in `channel`, or null. */
  botIn(channel: string): BotSighting | null {
    return this.bots.get(channelKey(channel)) ?? null;
  }

  /** Remembers a bot heard in `channel`. */
  noteBot(channel: string, bot: BotSighting): void {
    this.bots.set(channelKey(channel), bot);
  }

  /** Forgets the recent lines of `channel` (a meeting there now records them). */
  forgetLines(channel: string): void {
    this.recent.delete(channelKey(channel));
  }

  /** Takes a line of a channel with no live meeting; says so when the line opens a meeting. */
  observe(line: TranscriptLine): ChannelStart | null {
    const key = channelKey(line.channel);
    const recent = this.recent.get(key) ?? [];
    recent.push(line);
    if (recent.length > RECENT_LINES) recent.shift();
    this.recent.set(key, recent);
    if (isStartLine(line))
      return { lines: [line], bot: this.botIn(line.channel), implicitStart: false };
    const reply = startReply(line, line.self);
    if (!reply) return null;
    this.noteBot(line.channel, reply);
    const from = recent.findLastIndex((l) => isStartLine(l));
    return from < 0
      ? { lines: [line], bot: reply, implicitStart: true }
      : { lines: recent.slice(from), bot: reply, implicitStart: false };
  }
}

import type { LogLine } from '../../../shared/domain/line';
import { ircLower } from '../../../shared/irc/casemap';

/** What a line's origin says about it, beyond the line itself. */
export interface LineOrigin {
  /** The IRCv3 `msgid` tag, when the server sent one. */
  msgid?: string;
  /** The id of the replay (history or bouncer playback batch) the line came in, if any. */
  replay?: string;
}

interface Remembered {
  key: string;
  at: number;
  /** The replay it came in, so lines of one replay never cancel each other. */
  replay: string | undefined;
}

// Servers stamp replays differently from the live line: InspIRCd's chanhistory cuts the time to
// whole seconds, and a local echo is stamped by our clock rather than the server's. 2 s covers both.
const WINDOW_MS = 2000;
// Enough for a long meeting's replay (InspIRCd keeps 50 lines, ZNC 50 by default).
const REMEMBER = 2000;

const keyOf = (line: LogLine) => `${line.kind}\u0000${line.nick.toLowerCase()}\u0000${line.text}`;

/**
 * Tells whether a line of one channel was already recorded, so a history replay on rejoin or a
 * bouncer's playback does not record it twice. A line whose `msgid` was seen is a duplicate.
 * A replayed line is also a duplicate of an earlier recorded line with
 * the same kind, nick (any case) and text whose time is within 2 s; each recorded line cancels
 * at most one replayed line, and lines of the same replay never cancel each other. Live lines
 * without a `msgid` are always new: someone may well say "+1" twice.
 */
export class LineDedupe {
  private readonly ids = new Set<string>();
  private readonly recent: Remembered[] = [];

  /** Returns true if `line` duplicates one already recorded; otherwise remembers it and returns false. */
  isDuplicate(line: LogLine, origin: LineOrigin = {}): boolean {
    if (origin.msgid !== undefined) {
      if (this.ids.has(origin.msgid)) return true;
      this.ids.add(origin.msgid);
      if (this.ids.size > REMEMBER) this.ids.delete(this.ids.values().next().value as string);
    }
    const key = keyOf(line);
    const at = line.at ?? 0;
    if (origin.replay !== undefined) {
      const match = this.recent.findIndex(
        (r) => r.key === key && r.replay !== origin.replay && Math.abs(r.at - at) <= WINDOW_MS,
      );
      if (match >= 0) {
        this.recent.splice(match, 1);
        return true;
      }
    }
    this.recent.push({ key, at, replay: origin.replay });
    if (this.recent.length > REMEMBER) this.recent.shift();
    return false;
  }
}

/** One {@link LineDedupe} per channel (by IRC casemapping), made on first use. */
export class ChannelDedupe {
  private readonly channels = new Map<string, LineDedupe>();

  /** {@link LineDedupe.isDuplicate} for `channel`'s lines. */
  isDuplicate(channel: string, line: LogLine, origin: LineOrigin): boolean {
    const key = ircLower(channel);
    let seen = this.channels.get(key);
    if (!seen) {
      seen = new LineDedupe();
      this.channels.set(key, seen);
    }
    return seen.isDuplicate(line, origin);
  }
}

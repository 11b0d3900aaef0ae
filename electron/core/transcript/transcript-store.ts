import type { LogLine, TranscriptLine } from '../../../shared/domain/line';
import { ircLower } from '../../../shared/irc/casemap';

/** A channel's lines after a given seq, and the last seq it has (0 when it has none). */
export interface TranscriptSlice {
  channel: string;
  lines: TranscriptLine[];
  lastSeq: number;
}

interface ChannelLog {
  /** The channel's name as first recorded. */
  name: string;
  /** `lines[i].seq === i + 1`. */
  lines: TranscriptLine[];
}

/**
 * Live transcript lines per channel, numbered by `seq` from 1 without gaps, in memory.
 * Channel names are matched under IRC casemapping, so `#Meet` and `#meet` share one log.
 */
export class TranscriptStore {
  private readonly logs = new Map<string, ChannelLog>();

  /** Numbers `line` as the next line of `channel` and keeps it. */
  append(channel: string, line: LogLine, self: boolean): TranscriptLine {
    const key = ircLower(channel);
    let log = this.logs.get(key);
    if (!log) {
      log = { name: channel, lines: [] };
      this.logs.set(key, log);
    }
    const numbered: TranscriptLine = {
      ...line,
      seq: log.lines.length + 1,
      channel: log.name,
      self,
    };
    log.lines.push(numbered);
    return numbered;
  }

  /** The lines of `channel` with a seq above `afterSeq`, in order (a snapshot for a receiver). */
  since(channel: string, afterSeq: number): TranscriptSlice {
    const log = this.logs.get(ircLower(channel));
    if (!log) return { channel, lines: [], lastSeq: 0 };
    return { channel: log.name, lines: log.lines.slice(afterSeq), lastSeq: log.lines.length };
  }
}

import type { LogLine, TranscriptLine } from '../../../shared/domain/line';
import { ircLower } from '../../../shared/irc/casemap';
import { findNeedle, lineHas } from '../../../shared/irc/find-text';

/** A channel's lines after a given seq, and the last seq it has (0 when it has none). */
export interface TranscriptSlice {
  channel: string;
  lines: TranscriptLine[];
  lastSeq: number;
}

/** The lines of a channel a query finds: the newest `seqs`, and whether older ones were left out. */
export interface FoundLines {
  channel: string;
  seqs: number[];
  /** The last line looked at: lines after it are the window's to look through. */
  lastSeq: number;
  more: boolean;
}

/** Where lines no longer kept come from: up to `limit` lines of `channel` above `afterSeq`. */
export type OlderLines = (
  channel: string,
  afterSeq: number,
  limit: number,
) => readonly TranscriptLine[];

/** How much a store keeps and answers at once; production leaves them unset. */
export interface TranscriptStoreOptions {
  /** Lines kept per channel (the newest); older ones are asked of `older`. */
  keep?: number;
  /** Most lines one `since` answers: the receiver asks again after the last one. */
  page?: number;
  /** The lines no longer kept, e.g. from the channel's live meeting; none when left out. */
  older?: OlderLines;
}

interface ChannelLog {
  /** The channel's name as first recorded. */
  name: string;
  /** The newest lines, `lines[i].seq === first + i`. */
  lines: TranscriptLine[];
  first: number;
  /** One string per nick and the last stamp, shared by the lines that repeat them. */
  nicks: Map<string, string>;
  time: string;
}

// Nicks shared per channel at most; past this many (a flood of made-up nicks) they start over.
const NICKS = 5_000;
// A live meeting's whole transcript is kept by the meeting (its journal's fold); the store keeps
// the newest lines of each channel for windows catching up, and pages older ones from there.
const KEEP = 10_000;
const PAGE = 10_000;

/**
 * Live transcript lines per channel, numbered by `seq` from 1 without gaps. Only the newest
 * `keep` lines of a channel stay in memory; `since` pages older ones from `older` (a live
 * meeting has them all), and a line no one else keeps is gone once it is that old.
 * Channel names are matched under IRC casemapping, so `#Meet` and `#meet` share one log.
 */
export class TranscriptStore {
  private readonly logs = new Map<string, ChannelLog>();
  private readonly keep: number;
  private readonly page: number;

  constructor(private readonly options: TranscriptStoreOptions = {}) {
    this.keep = Math.max(1, options.keep ?? KEEP);
    this.page = Math.max(1, options.page ?? PAGE);
  }

  /** Numbers `line` as the next line of `channel` and keeps it. */
  append(channel: string, line: LogLine, self: boolean): TranscriptLine {
    const key = ircLower(channel);
    let log = this.logs.get(key);
    if (!log) {
      log = { name: channel, lines: [], first: 1, nicks: new Map(), time: '' };
      this.logs.set(key, log);
    }
    // Every line is kept for hours: the strings it repeats are stored once.
    let nick = log.nicks.get(line.nick);
    if (nick === undefined) {
      if (log.nicks.size >= NICKS) log.nicks.clear();
      log.nicks.set(line.nick, (nick = line.nick));
    }
    if (line.time !== log.time) log.time = line.time;
    const numbered: TranscriptLine = {
      ...line,
      nick,
      time: log.time,
      seq: log.first + log.lines.length,
      channel: log.name,
      self,
    };
    log.lines.push(numbered);
    // Dropped a quarter at a time, so each line is moved about once.
    if (log.lines.length >= this.keep + Math.ceil(this.keep / 4)) {
      const drop = log.lines.length - this.keep;
      log.lines = log.lines.slice(drop);
      log.first += drop;
    }
    return numbered;
  }

  /**
   * The newest `limit` lines (at most a page) of `channel` numbered below `beforeSeq`, in order:
   * what a window that holds only the newest lines asks for as the chair scrolls up. Lines older
   * than those kept come from `older`; any it lacks are skipped.
   */
  before(channel: string, beforeSeq: number, limit: number): Omit<TranscriptSlice, 'lastSeq'> {
    const log = this.logs.get(ircLower(channel));
    if (!log) return { channel, lines: [] };
    const end = Math.min(beforeSeq, log.first + log.lines.length);
    const from = Math.max(1, end - Math.max(0, Math.min(limit, this.page)));
    const kept = log.lines.slice(Math.max(0, from - log.first), Math.max(0, end - log.first));
    if (from >= log.first) return { channel: log.name, lines: kept };
    const until = Math.min(end, log.first);
    const older = (this.options.older?.(log.name, from - 1, until - from) ?? []).filter(
      (l) => l.seq >= from && l.seq < until,
    );
    return { channel: log.name, lines: [...older, ...kept] };
  }

  /**
   * Up to a page of the lines of `channel` with a seq above `afterSeq`, in order (a snapshot for
   * a receiver, which asks again from the last one until it has `lastSeq`). Lines older than
   * those kept come from `older`; any it lacks are skipped.
   */
  since(channel: string, afterSeq: number): TranscriptSlice {
    const log = this.logs.get(ircLower(channel));
    if (!log) return { channel, lines: [], lastSeq: 0 };
    const lastSeq = log.first + log.lines.length - 1;
    const from = Math.max(afterSeq + 1, 1) - log.first;
    if (from >= 0)
      return { channel: log.name, lines: log.lines.slice(from, from + this.page), lastSeq };
    const older = (this.options.older?.(log.name, afterSeq, this.page) ?? []).filter(
      (l) => l.seq > afterSeq && l.seq < log.first,
    );
    const lines = [...older, ...log.lines.slice(0, this.page - older.length)];
    return { channel: log.name, lines, lastSeq };
  }

  /**
   * The seqs of the lines of `channel` a query finds (`shared/irc/find-text.ts`), oldest first:
   * the kept lines and the older ones `older` has, so find covers the whole transcript, not only
   * what a window holds. At most `limit`, the newest; `more` says older ones were left out.
   */
  find(channel: string, query: string, limit: number): FoundLines {
    const log = this.logs.get(ircLower(channel));
    if (!log) return { channel, seqs: [], lastSeq: 0, more: false };
    const lastSeq = log.first + log.lines.length - 1;
    const needle = findNeedle(query);
    const seqs: number[] = [];
    let more = false;
    const look = (lines: readonly TranscriptLine[]) => {
      for (let i = lines.length - 1; i >= 0 && !more; i--) {
        if (!lineHas(lines[i]!, needle)) continue;
        if (seqs.length >= limit) more = true;
        else seqs.push(lines[i]!.seq);
      }
    };
    look(log.lines);
    if (log.first > 1 && needle !== '')
      look(
        (this.options.older?.(log.name, 0, log.first - 1) ?? []).filter((l) => l.seq < log.first),
      );
    return { channel: log.name, seqs: seqs.reverse(), lastSeq, more };
  }
}

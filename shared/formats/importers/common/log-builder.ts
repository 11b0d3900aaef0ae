import type { AgendaItem, ImportedLog, Participant } from '../../../domain/imported';
import type { LineKind, LogLine } from '../../../domain/line';
import type { ImportOptions } from '../importer';
import { secondsOfDay } from './clock-time';
import { addDays, isIsoDate } from './dates';
import { epochAt, normalizeZone } from './zone';

/** What a line's own stamp says beyond the time of day. */
export interface Stamp {
  /** `YYYY-MM-DD` written on the line itself. */
  date?: string;
  /** Zone written on the line itself (normalised), e.g. `UTC` for a `Z` suffix. */
  zone?: string;
}

// A clock that goes back by more than this (with no date in between) has passed midnight;
// smaller steps back are a daylight-saving change or a clock fix, not a new day.
const ROLLOVER_SECONDS = 2 * 3600;

/**
 * Collects an importer's lines and what the log says about itself, then works out each line's
 * date and instant. Dates come from the lines, from day markers (`setDay`), from counting
 * midnights, or from `opts.date`; the zone from the line, the log (`setZone`) or `opts.timeZone`.
 */
export class LogBuilder {
  private readonly lines: LogLine[] = [];
  // What finish() needs to work out the instants changes rarely, so it is kept as runs: each
  // run starts at line `from` and lasts until the next one.
  private readonly runs: {
    from: number;
    day: string | null;
    rolls: number;
    zone: string | null;
  }[] = [];
  private day: string | null = null;
  private firstDay: string | null = null;
  private rolls = 0;
  private lastSeconds = -1;
  private zone: string | null;
  channel: string | null = null;
  title: string | null = null;
  scheduledAt: number | null = null;
  place: string | null = null;
  agenda: AgendaItem[] = [];
  participants: Participant[] = [];

  /** `zone` is the zone the format always uses (MeetBot writes UTC), else null. */
  constructor(
    private readonly format: string,
    private readonly opts: ImportOptions = {},
    zone: string | null = null,
  ) {
    this.zone = zone;
  }

  /** The lines that follow are on `date` (`YYYY-MM-DD`), e.g. after irssi's "Day changed". */
  setDay(date: string): void {
    this.day = date;
    this.firstDay ??= date;
    this.rolls = 0;
    this.lastSeconds = -1;
  }

  /** The log states the zone of its times; the first statement wins. */
  setZone(zone: string): void {
    this.zone ??= zone;
  }

  /** The log names its channel; the first mention wins. */
  noteChannel(channel: string | undefined): void {
    if (channel) this.channel ??= channel;
  }

  /** Number of lines added so far. */
  get size(): number {
    return this.lines.length;
  }

  /** The nick and time of the last line added, for formats that continue a previous line. */
  get last(): LogLine | undefined {
    return this.lines[this.lines.length - 1];
  }

  /** Adds a line; `time` is `HH:MM[:SS]` or '' when the log shows none. */
  add(kind: LineKind, nick: string, text: string, time = '', stamp?: Stamp): void {
    this.addLine({ at: null, time, kind, nick, text }, stamp);
  }

  /**
   * Adds a line made by the importer itself (`at` null, `time` as {@link add} takes it); the
   * builder keeps the object, so an importer that builds one per line need not build two.
   */
  addLine(line: LogLine, stamp?: Stamp): void {
    const time = line.time;
    if (stamp?.date) {
      if (stamp.date !== this.day) this.setDay(stamp.date);
    } else if (time) {
      const s = secondsOfDay(time);
      if (this.lastSeconds - s > ROLLOVER_SECONDS) this.rolls++;
      this.lastSeconds = s;
    }
    const zone = stamp?.zone ?? null;
    const run = this.runs[this.runs.length - 1];
    if (!run || run.day !== this.day || run.rolls !== this.rolls || run.zone !== zone) {
      this.runs.push({ from: this.lines.length, day: this.day, rolls: this.rolls, zone });
    }
    this.lines.push(line);
  }

  /** The imported log. */
  finish(): ImportedLog {
    const optDate = this.opts.date && isIsoDate(this.opts.date) ? this.opts.date : null;
    const optZone = this.opts.timeZone ? normalizeZone(this.opts.timeZone) : null;
    const baseDay = this.firstDay ?? optDate;
    const zone = this.zone ?? optZone;
    let firstDate: string | null = null;
    let firstZone: string | null = null;
    for (let r = 0; r < this.runs.length; r++) {
      const run = this.runs[r]!;
      const end = this.runs[r + 1]?.from ?? this.lines.length;
      const from = run.day ?? baseDay;
      const date = from === null ? null : addDays(from, run.rolls);
      const z = run.zone ?? zone;
      firstDate ??= date;
      firstZone ??= run.zone;
      if (date === null || z === null) continue;
      for (let i = run.from; i < end; i++) {
        const line = this.lines[i]!;
        if (line.time !== '') line.at = epochAt(date, line.time, z);
      }
    }
    return {
      format: this.format,
      lines: this.lines,
      channel: this.channel ?? this.opts.channel ?? null,
      date: firstDate ?? baseDay,
      timeZone: this.zone ?? firstZone ?? optZone,
      title: this.title,
      scheduledAt: this.scheduledAt,
      place: this.place,
      agenda: this.agenda,
      participants: this.participants,
    };
  }
}

import type { AgendaItem, ImportedLog, Participant } from '../../../domain/imported';
import type { LineKind, LogLine } from '../../../domain/line';
import type { ImportOptions } from '../importer';
import { DayRuns, type Stamp } from './day-runs';
import { epochAt } from './zone';

export type { Stamp } from './day-runs';

/**
 * Collects an importer's lines and what the log says about itself, then works out each line's
 * date and instant. Dates come from the lines, from day markers (`setDay`), from counting
 * midnights, or from `opts.date`; the zone from the line, the log (`setZone`) or `opts.timeZone`.
 */
export class LogBuilder {
  private readonly lines: LogLine[] = [];
  private readonly days: DayRuns;
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
    this.days = new DayRuns(zone);
  }

  /** The lines that follow are on `date` (`YYYY-MM-DD`), e.g. after irssi's "Day changed". */
  setDay(date: string): void {
    this.days.setDay(date);
  }

  /** The log states the zone of its times; the first statement wins. */
  setZone(zone: string): void {
    this.days.setZone(zone);
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
    this.days.note(this.lines.length, line.time, stamp);
    this.lines.push(line);
  }

  /** The imported log. */
  finish(): ImportedLog {
    const { runs, date, timeZone } = this.days.resolve(this.lines.length, this.opts);
    for (const run of runs) {
      if (run.date === null || run.zone === null) continue;
      for (let i = run.from; i < run.end; i++) {
        const line = this.lines[i]!;
        if (line.time !== '') line.at = epochAt(run.date, line.time, run.zone);
      }
    }
    return {
      format: this.format,
      lines: this.lines,
      channel: this.channel ?? this.opts.channel ?? null,
      date,
      timeZone,
      title: this.title,
      scheduledAt: this.scheduledAt,
      place: this.place,
      agenda: this.agenda,
      participants: this.participants,
    };
  }
}

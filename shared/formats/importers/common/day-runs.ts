import type { ImportOptions } from '../importer';
import { secondsOfDay } from './clock-time';
import { addDays, isIsoDate } from './dates';
import { normalizeZone } from './zone';

/** What a line's own stamp says beyond the time of day. */
export interface Stamp {
  /** `YYYY-MM-DD` written on the line itself. */
  date?: string;
  /** Zone written on the line itself (normalised), e.g. `UTC` for a `Z` suffix. */
  zone?: string;
}

/** Lines `from` to `end` (exclusive), all on `date` in `zone`; either null when unknown. */
export interface DatedRun {
  from: number;
  end: number;
  date: string | null;
  zone: string | null;
}

// A clock that goes back by more than this (with no date in between) has passed midnight;
// smaller steps back are a daylight-saving change or a clock fix, not a new day.
const ROLLOVER_SECONDS = 2 * 3600;

/**
 * Works out the date and zone of each line of a log as it is read: from the lines' own stamps,
 * from day markers (`setDay`), from counting midnights, or from the caller's options. Lines are
 * noted in order; what changes rarely is kept as runs of lines sharing a day and a zone.
 */
export class DayRuns {
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

  /** `zone` is the zone the format always uses (MeetBot writes UTC), else null. */
  constructor(private zone: string | null = null) {}

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

  /** Notes line number `index` (0-based, in order), stamped `time` (`HH:MM[:SS]` or ''). */
  note(index: number, time: string, stamp?: Stamp): void {
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
      this.runs.push({ from: index, day: this.day, rolls: this.rolls, zone });
    }
  }

  /**
   * The runs of the `count` lines noted, each with its date and zone, and the log's own date
   * (its first line's) and zone, with `opts.date` and `opts.timeZone` filling in what the log
   * does not say.
   */
  resolve(
    count: number,
    opts: ImportOptions,
  ): { runs: DatedRun[]; date: string | null; timeZone: string | null } {
    const optDate = opts.date && isIsoDate(opts.date) ? opts.date : null;
    const optZone = opts.timeZone ? normalizeZone(opts.timeZone) : null;
    const baseDay = this.firstDay ?? optDate;
    const zone = this.zone ?? optZone;
    let firstDate: string | null = null;
    let firstZone: string | null = null;
    const runs: DatedRun[] = [];
    for (let r = 0; r < this.runs.length; r++) {
      const run = this.runs[r]!;
      const end = this.runs[r + 1]?.from ?? count;
      const from = run.day ?? baseDay;
      const date = from === null ? null : addDays(from, run.rolls);
      firstDate ??= date;
      firstZone ??= run.zone;
      runs.push({ from: run.from, end, date, zone: run.zone ?? zone });
    }
    return { runs, date: firstDate ?? baseDay, timeZone: this.zone ?? firstZone ?? optZone };
  }
}

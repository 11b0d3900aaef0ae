import type { ImportedLog, ImportedTable } from '../../../domain/imported';
import { LINE_KINDS } from '../../../domain/line-kinds';
import { LineTable } from '../../../domain/line-table';
import type { LineKind } from '../../../domain/line';
import type { ImportOptions } from '../importer';
import { DayRuns } from './day-runs';
import { epochAt } from './zone';

function grown<T extends Int32Array | Uint8Array>(column: T, size: number): T {
  const next = new (column.constructor as new (n: number) => T)(size);
  next.set(column);
  return next;
}

/**
 * {@link LogBuilder} for an importer that reads its lines in place: each line is added as its
 * kind, nick, stamp and where its text lies in the source parts, into the columns of a
 * {@link LineTable}, with no object made for it. Dates and instants are worked out as
 * `LogBuilder` does (the same {@link DayRuns}).
 */
export class LineTableBuilder {
  private readonly days: DayRuns;
  private readonly nickIndex = new Map<string, number>();
  private readonly nicks: string[] = [];
  private readonly times: string[] = [];
  private kinds = new Uint8Array(1024);
  private nickIds = new Int32Array(1024);
  private textParts = new Int32Array(1024);
  private textStarts = new Int32Array(1024);
  private textEnds = new Int32Array(1024);
  private count = 0;

  /** `zone` is the zone the format always uses (MeetBot writes UTC), else null. */
  constructor(
    private readonly format: string,
    private readonly opts: ImportOptions = {},
    zone: string | null = null,
  ) {
    this.days = new DayRuns(zone);
  }

  /** The lines that follow are on `date` (`YYYY-MM-DD`). */
  setDay(date: string): void {
    this.days.setDay(date);
  }

  /** The id of `nick` in this table (the same string, the same id). */
  nickId(nick: string): number {
    let id = this.nickIndex.get(nick);
    if (id === undefined) this.nickIndex.set(nick, (id = this.nicks.push(nick) - 1));
    return id;
  }

  /** The nick of an id from {@link nickId}. */
  nickOf(id: number): string {
    return this.nicks[id]!;
  }

  /**
   * Adds a line of `kind` by nick `nickId`, stamped `time` (`HH:MM[:SS]` or ''), whose text is
   * `parts[part].slice(start, end)` of the parts given to {@link finish}.
   */
  add(
    kind: LineKind,
    nickId: number,
    time: string,
    part: number,
    start: number,
    end: number,
  ): void {
    const i = this.count++;
    if (i === this.kinds.length) {
      const size = i * 2;
      this.kinds = grown(this.kinds, size);
      this.nickIds = grown(this.nickIds, size);
      this.textParts = grown(this.textParts, size);
      this.textStarts = grown(this.textStarts, size);
      this.textEnds = grown(this.textEnds, size);
    }
    this.days.note(i, time, undefined);
    this.kinds[i] = LINE_KINDS.indexOf(kind);
    this.nickIds[i] = nickId;
    this.times.push(time);
    this.textParts[i] = part;
    this.textStarts[i] = start;
    this.textEnds[i] = end;
  }

  /**
   * Visits the lines added since line `from` (kind, nick, and text read from `parts`), in order;
   * returns how many lines were added.
   */
  visitSince(
    from: number,
    parts: readonly string[],
    visit: (kind: LineKind, nick: string, text: string) => void,
  ): number {
    for (let i = from; i < this.count; i++) {
      const text = parts[this.textParts[i]!]!.slice(this.textStarts[i], this.textEnds[i]);
      visit(LINE_KINDS[this.kinds[i]!]!, this.nicks[this.nickIds[i]!]!, text);
    }
    return this.count;
  }

  /** The imported log, its texts read from `parts`. */
  finish(parts: readonly string[]): ImportedTable {
    const n = this.count;
    const { runs, date, timeZone } = this.days.resolve(n, this.opts);
    const ats = new Float64Array(n).fill(Number.NaN);
    for (const run of runs) {
      if (run.date === null || run.zone === null) continue;
      for (let i = run.from; i < run.end; i++) {
        const time = this.times[i]!;
        if (time !== '') ats[i] = epochAt(run.date, time, run.zone) ?? Number.NaN;
      }
    }
    const table = new LineTable(n, {
      kinds: this.kinds.subarray(0, n),
      nickIds: this.nickIds.subarray(0, n),
      nicks: this.nicks,
      times: this.times,
      ats,
      parts,
      textParts: this.textParts.subarray(0, n),
      textStarts: this.textStarts.subarray(0, n),
      textEnds: this.textEnds.subarray(0, n),
    });
    return {
      format: this.format,
      table,
      channel: this.opts.channel ?? null,
      date,
      timeZone,
      title: null,
      scheduledAt: null,
      place: null,
      agenda: [],
      participants: [],
    };
  }
}

/** The {@link ImportedLog} of a table: the same log, one `LogLine` object per line. */
export function withLines(log: ImportedTable): ImportedLog {
  const { table, format, ...about } = log;
  return { format, lines: table.lines(), ...about };
}

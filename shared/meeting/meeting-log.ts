import type { LineTable } from '../domain/line-table';
import type { Meeting, MeetingLogLine } from '../domain/meeting';

type Kind = MeetingLogLine['kind'];

/**
 * A meeting's log read line by line (index `i` from 0): what the log writers need, whether the
 * engine kept the log as columns or the meeting came as plain data.
 */
export interface MeetingLogView {
  readonly length: number;
  /** The line's 1-based number in the meeting log (`MeetingLogLine.n`). */
  n(i: number): number;
  time(i: number): string;
  at(i: number): number | null;
  kind(i: number): Kind;
  nick(i: number): string;
  text(i: number): string;
  /** The line as a `MeetingLogLine` object of its own. */
  line(i: number): MeetingLogLine;
}

/**
 * The meeting log as the engine keeps it: append-only columns, the i-th line numbered `i + 1`.
 * A long meeting is then five arrays and the lines' strings, not an object per line.
 */
export class MeetingLog implements MeetingLogView {
  private readonly times: string[] = [];
  // Epoch milliseconds, NaN where unknown: an array of doubles needs no object per number.
  private readonly ats: number[] = [];
  private readonly actions: boolean[] = [];
  private readonly nicks: string[] = [];
  // A text, or the row of `source` whose text it is.
  private readonly texts: (string | number)[] = [];
  private source: LineTable | null = null;
  private sourceRow = -1;
  private sourceText: string | null = null;
  private readonly objects: MeetingLogLine[] = [];

  get length(): number {
    return this.texts.length;
  }

  /**
   * The next line pushed is row `row` of `table`, read as `text`: if it is logged with that very
   * text, the log keeps the row instead of the string (sliced again when read), so a log read from
   * a table holds no string per line.
   */
  readFrom(table: LineTable, row: number, text: string): void {
    // One table per log: a line of another is kept as its text.
    this.source ??= table;
    this.sourceRow = row;
    this.sourceText = this.source === table ? text : null;
  }

  /** Appends a line; it is numbered `length` after. */
  push(time: string, at: number | null, kind: Kind, nick: string, text: string): void {
    this.times.push(time);
    this.ats.push(at ?? Number.NaN);
    this.actions.push(kind === 'action');
    this.nicks.push(nick);
    this.texts.push(text === this.sourceText ? this.sourceRow : text);
    this.sourceText = null;
  }

  n(i: number): number {
    return i + 1;
  }

  time(i: number): string {
    return this.times[i]!;
  }

  at(i: number): number | null {
    const at = this.ats[i]!;
    return Number.isNaN(at) ? null : at;
  }

  kind(i: number): Kind {
    return this.actions[i] ? 'action' : 'message';
  }

  nick(i: number): string {
    return this.nicks[i]!;
  }

  text(i: number): string {
    const text = this.texts[i]!;
    return typeof text === 'number' ? this.source!.text(text) : text;
  }

  line(i: number): MeetingLogLine {
    return {
      n: i + 1,
      time: this.time(i),
      at: this.at(i),
      kind: this.kind(i),
      nick: this.nick(i),
      text: this.text(i),
    };
  }

  /**
   * The first `length` lines as objects. Each line's object is made once, when first asked for,
   * and shared by every later call: a live meeting whose snapshots are read pays for each line
   * once, not once per snapshot.
   */
  lines(length = this.length): MeetingLogLine[] {
    for (let i = this.objects.length; i < length; i++) this.objects.push(this.line(i));
    return this.objects.slice(0, length);
  }
}

// A log's first `length` lines: a snapshot of a log that may grow after it was taken.
class LogPrefix implements MeetingLogView {
  constructor(
    private readonly log: MeetingLog,
    readonly length: number,
  ) {}
  n = (i: number) => this.log.n(i);
  time = (i: number) => this.log.time(i);
  at = (i: number) => this.log.at(i);
  kind = (i: number) => this.log.kind(i);
  nick = (i: number) => this.log.nick(i);
  text = (i: number) => this.log.text(i);
  line = (i: number) => this.log.line(i);
}

// A log given as objects (a meeting that came as data).
class LogLines implements MeetingLogView {
  readonly length: number;
  constructor(private readonly lines: readonly MeetingLogLine[]) {
    this.length = lines.length;
  }
  n = (i: number) => this.lines[i]!.n;
  time = (i: number) => this.lines[i]!.time;
  at = (i: number) => this.lines[i]!.at;
  kind = (i: number) => this.lines[i]!.kind;
  nick = (i: number) => this.lines[i]!.nick;
  text = (i: number) => this.lines[i]!.text;
  line = (i: number) => this.lines[i]!;
}

// The columns behind each meeting `finish` made, until the meeting is let go.
const kept = new WeakMap<Meeting, MeetingLogView>();

/**
 * `meeting` with its `log` made from the first `length` lines of `log` only when first read
 * (then kept): a writer that reads the columns through {@link meetingLog} never makes an object
 * per line. Reading, spreading or serialising the meeting gives the same lines as ever.
 */
export function withLog(meeting: Omit<Meeting, 'log'>, log: MeetingLog, length: number): Meeting {
  let lines: MeetingLogLine[] | null = null;
  const { gaps, sourceLines, ...head } = meeting;
  const lazy: Meeting = {
    ...head,
    get log(): MeetingLogLine[] {
      return (lines ??= log.lines(length));
    },
    set log(value: MeetingLogLine[]) {
      lines = value;
      kept.delete(lazy);
    },
    ...(gaps ? { gaps } : {}),
    sourceLines,
  };
  kept.set(lazy, new LogPrefix(log, length));
  return lazy;
}

/** The log of `meeting`, read from the engine's columns when it has them. */
export function meetingLog(meeting: Meeting): MeetingLogView {
  return kept.get(meeting) ?? new LogLines(meeting.log);
}

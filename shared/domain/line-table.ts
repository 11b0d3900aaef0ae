import type { LineKind, LogLine } from './line';
import { LINE_KINDS } from './line-kinds';

/** The columns of a {@link LineTable}, one entry per line (see its fields). */
export interface LineColumns {
  /** Index into {@link LINE_KINDS}. */
  kinds: Uint8Array;
  /** Index into `nicks`. */
  nickIds: Int32Array;
  /** Each distinct nick once. */
  nicks: readonly string[];
  /** The stamp as the log shows it (see `LogLine.time`); repeated stamps share one string. */
  times: readonly string[];
  /** Epoch milliseconds, NaN where unknown (`LogLine.at` null). */
  ats: Float64Array;
  /** The text is `parts[textParts[i]].slice(textStarts[i], textEnds[i])`. */
  parts: readonly string[];
  textParts: Int32Array;
  textStarts: Int32Array;
  textEnds: Int32Array;
}

/**
 * A log's lines as columns instead of one object per line: kinds as small numbers, nicks
 * interned, stamps shared, instants as doubles, and each text as offsets into the source text it
 * was read from (sliced only when asked for). A 100,000-line log is then a few typed arrays and
 * its source, with nothing per line for the garbage collector to trace or copy. Read-only.
 */
export class LineTable {
  /** Number of lines. */
  readonly length: number;

  constructor(
    length: number,
    readonly columns: LineColumns,
  ) {
    this.length = length;
  }

  /** A table of `lines` as they are (each text its own part). */
  static fromLines(lines: readonly LogLine[]): LineTable {
    const n = lines.length;
    const nickIndex = new Map<string, number>();
    const nicks: string[] = [];
    const columns: LineColumns = {
      kinds: new Uint8Array(n),
      nickIds: new Int32Array(n),
      nicks,
      times: lines.map((l) => l.time),
      ats: new Float64Array(n),
      parts: lines.map((l) => l.text),
      textParts: new Int32Array(n),
      textStarts: new Int32Array(n),
      textEnds: new Int32Array(n),
    };
    lines.forEach((line, i) => {
      let id = nickIndex.get(line.nick);
      if (id === undefined) nickIndex.set(line.nick, (id = nicks.push(line.nick) - 1));
      columns.kinds[i] = LINE_KINDS.indexOf(line.kind);
      columns.nickIds[i] = id;
      columns.ats[i] = line.at ?? Number.NaN;
      columns.textParts[i] = i;
      columns.textEnds[i] = line.text.length;
    });
    return new LineTable(n, columns);
  }

  kind(i: number): LineKind {
    return LINE_KINDS[this.columns.kinds[i]!]!;
  }

  nick(i: number): string {
    return this.columns.nicks[this.columns.nickIds[i]!]!;
  }

  time(i: number): string {
    return this.columns.times[i]!;
  }

  at(i: number): number | null {
    const at = this.columns.ats[i]!;
    return Number.isNaN(at) ? null : at;
  }

  text(i: number): string {
    const c = this.columns;
    return c.parts[c.textParts[i]!]!.slice(c.textStarts[i], c.textEnds[i]);
  }

  /** The UTF-16 code unit at `k` of line `i`'s text (NaN past its end), read without slicing. */
  textCode(i: number, k: number): number {
    const c = this.columns;
    const at = c.textStarts[i]! + k;
    return at < c.textEnds[i]! ? c.parts[c.textParts[i]!]!.charCodeAt(at) : Number.NaN;
  }

  /** Line `i` as a `LogLine` object of its own. */
  line(i: number): LogLine {
    return {
      at: this.at(i),
      time: this.time(i),
      kind: this.kind(i),
      nick: this.nick(i),
      text: this.text(i),
    };
  }

  /** Every line as a `LogLine`, in order. */
  lines(): LogLine[] {
    const out = new Array<LogLine>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.line(i);
    return out;
  }
}

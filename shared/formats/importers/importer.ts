import type { ImportedLog, ImportedTable } from '../../domain/imported';
import type { LineKind } from '../../domain/line';

/**
 * What a caller may tell an importer. Each field fills in what the log itself does not say:
 * `channel` (`#chan`), `date` (`YYYY-MM-DD`, e.g. from the file name) and `timeZone` (IANA name
 * or `±HH:MM`). `format` forces an importer by id instead of detecting one.
 */
export interface ImportOptions {
  format?: string;
  channel?: string;
  date?: string;
  timeZone?: string;
}

/** A log read a part at a time as it arrives (see {@link Importer.reader}). */
export interface PartsReader {
  /** Reads the next part; parts end at line ends, but the last. */
  push(part: string): void;
  /** The log the parts so far make, its lines as columns. */
  finish(): ImportedTable;
  /**
   * Optional: visits the lines read since line `from` (each line's kind, nick and text, in order)
   * and returns how many lines are read so far; -1, visiting nothing, once the lines `finish`
   * gives may differ from those read (a log corrected at its end).
   */
  linesSince?(from: number, visit: (kind: LineKind, nick: string, text: string) => void): number;
}

/** One log format Gavel can read. Importers never throw, whatever text they are given. */
export interface Importer {
  /** Stable id, used by `--from` and stored as `ImportedLog.format`, e.g. `irssi`. */
  id: string;
  /** Name shown to people, e.g. `irssi`, `MeetBot .log.txt`. */
  label: string;
  /** One typical line of the format, quoted in error messages. */
  example: string;
  /** How sure the importer is, 0..1, that these lines (formatting stripped, non-empty) are its format. */
  detect(sample: string[]): number;
  /** Reads the whole text; lines it does not understand are skipped. */
  parse(text: string, opts?: ImportOptions): ImportedLog;
  /**
   * Optional: {@link parse} for a text given as consecutive parts, each ending at a line end,
   * that join into it (how a large file is decoded); must give what `parse` gives for the join.
   */
  parseParts?(parts: readonly string[], opts?: ImportOptions): ImportedLog;
  /**
   * Optional: {@link parseParts} as a reader that takes the parts one at a time, so a file can be
   * read while it is still arriving; `finish` gives the lines `parseParts` gives for them all,
   * as a table.
   */
  reader?(opts?: ImportOptions): PartsReader;
  /**
   * Optional: {@link parseParts} with the lines as columns (`ImportedTable`), for a large log read
   * once; must hold the lines `parseParts` gives.
   */
  parseTable?(parts: readonly string[], opts?: ImportOptions): ImportedTable;
}

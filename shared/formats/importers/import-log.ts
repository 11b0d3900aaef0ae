import type { ImportedLog, ImportedTable } from '../../domain/imported';
import { LineTable } from '../../domain/line-table';
import type { Result } from '../../ipc/result';
import { fail, ok } from '../../ipc/result';
import { stripFormatting } from '../../irc/format';
import type { ImportOptions, Importer, PartsReader } from './importer';
import { binaryHead, checkLogParts, decodeLogParts, headOf, withoutBom } from './common/decode';
import { splitLines } from './common/text';
import { isIsoDate } from './common/dates';
import { normalizeZone } from './common/zone';
import { detectImporter, sampleOf } from './detect';
import { IMPORTERS, findImporter } from './registry';

const EXPECTED =
  'expected lines like "12:00:01 <nick> text" (MeetBot, irssi, WeeChat, HexChat, ZNC, mIRC, ' +
  'Limnoria, Sopel, The Lounge, Textual, Pidgin, irclogs.ubuntu.com, a W3C scribe log, HCoop), ' +
  'MeetBot minutes, a wiki transcript or a meeting page';

/**
 * Characters of a file's start that decide its format: enough for the detection sample without
 * splitting a whole large log ({@link headProblem} judges as many).
 */
export const HEAD_CHARS = 65_536;

function firstLines(parts: readonly string[]): string[] {
  return splitLines(stripFormatting(headOf(parts, HEAD_CHARS)));
}

function checkOptions(opts: ImportOptions): Result<true> {
  if (opts.timeZone !== undefined && normalizeZone(opts.timeZone) === null) {
    return fail(
      'time-zone',
      `unknown time zone "${opts.timeZone}": expected an IANA name such as Europe/Berlin or an offset such as -04:00`,
    );
  }
  if (opts.date !== undefined && !isIsoDate(opts.date)) {
    return fail('date', `invalid date "${opts.date}": expected YYYY-MM-DD`);
  }
  if (opts.format !== undefined && !findImporter(opts.format)) {
    const ids = IMPORTERS.map((i) => i.id).join(', ');
    return fail('unknown-format', `unknown log format "${opts.format}": expected one of ${ids}`);
  }
  return ok(true);
}

/**
 * Reads a log or meeting page from a file's bytes or text. The format is `opts.format` or
 * detected from the first non-empty lines; `opts.channel`, `opts.date` and `opts.timeZone` fill
 * in what the log does not say. Every failure is a value with a one-line message saying what was
 * expected: `empty`, `binary`, `not-a-log`, `unknown-format`, `time-zone`, `date`.
 */
export function importLog(
  input: string | Uint8Array,
  opts: ImportOptions = {},
): Result<ImportedLog> {
  const parts = checkedParts(opts, () => decodeLogParts(input));
  return parts.ok ? importChecked(parts.value, opts) : parts;
}

/** The text's parts, decoded and checked (`empty`, `binary`), once `opts` are found good. */
function checkedParts(opts: ImportOptions, decode: () => Result<string[]>): Result<string[]> {
  const checked = checkOptions(opts);
  return checked.ok ? decode() : checked;
}

/** The importer `opts.format` names, else the one detected from the first lines of `parts`. */
function importerFor(parts: readonly string[], opts: ImportOptions) {
  return opts.format
    ? findImporter(opts.format)
    : detectImporter(sampleOf(firstLines(parts)))?.importer;
}

function importChecked(parts: string[], opts: ImportOptions): Result<ImportedLog> {
  const importer = importerFor(parts, opts);
  if (!importer) return fail('not-a-log', `not an IRC log: ${EXPECTED}`);
  const log = parsed(importer, parts, opts);
  return checkFound(log, log.lines.length, importer);
}

// The importer reads the parts where it can, else their joined text.
function parsed(importer: Importer, parts: readonly string[], opts: ImportOptions): ImportedLog {
  return importer.parseParts
    ? importer.parseParts(parts, opts)
    : importer.parse(parts.join(''), opts);
}

/**
 * {@link importLog} with the lines as columns (`ImportedTable`): read in place by an importer
 * that offers `parseTable` (MeetBot's `.log.txt`), else put into columns after `parse`. For a
 * caller that reads a large log once, such as the minutes CLI; the same failures.
 */
export function importTable(
  input: string | Uint8Array,
  opts: ImportOptions = {},
): Result<ImportedTable> {
  const parts = checkedParts(opts, () => decodeLogParts(input));
  return parts.ok ? tableChecked(parts.value, opts) : parts;
}

/**
 * {@link importTable} for text already decoded into consecutive parts that each end at a line end
 * (e.g. as a file arrived a part at a time); gives what `importTable` gives for the bytes.
 */
export function importTableParts(
  parts: readonly string[],
  opts: ImportOptions = {},
): Result<ImportedTable> {
  const checked = checkedParts(opts, () => checkLogParts(parts));
  return checked.ok ? tableChecked(checked.value, opts) : checked;
}

function tableChecked(parts: readonly string[], opts: ImportOptions): Result<ImportedTable> {
  const importer = importerFor(parts, opts);
  if (!importer) return fail('not-a-log', `not an IRC log: ${EXPECTED}`);
  let log: ImportedTable;
  if (importer.parseTable) log = importer.parseTable(parts, opts);
  else {
    const { lines, ...about } = parsed(importer, parts, opts);
    log = { ...about, table: LineTable.fromLines(lines) };
  }
  return checkFound(log, log.table.length, importer);
}

// A log with neither lines nor an agenda is no log of the format chosen.
function checkFound<T extends { agenda: unknown[] }>(
  log: T,
  lines: number,
  importer: Importer,
): Result<T> {
  if (lines === 0 && log.agenda.length === 0) {
    return fail(
      'not-a-log',
      `no ${importer.label} lines found: expected lines like "${importer.example}"`,
    );
  }
  return ok(log);
}

/**
 * What {@link importTableParts} will refuse a file for that its first parts already show (bad
 * options, `binary`, `not-a-log`), so an upload can stop before the rest is sent. Judged from
 * the first 64 Ki characters, as `importLog` judges them: call once that many have arrived (or
 * the file ended); later parts are judged for NUL when they come, with {@link binaryHead}.
 */
export function headProblem(head: readonly string[], opts: ImportOptions = {}): Result<true> {
  const checked = checkOptions(opts);
  if (!checked.ok) return checked;
  const parts = withoutBom(head);
  const binary = binaryHead(parts);
  if (!binary.ok) return binary;
  if (parts.every((part) => part.trim() === '')) return ok(true);
  return importerFor(parts, opts) ? ok(true) : fail('not-a-log', `not an IRC log: ${EXPECTED}`);
}

/** A log read as its parts arrive: the importer its first lines chose, and that importer's reader. */
export interface LogReading {
  importer: Importer;
  reader: PartsReader;
}

/**
 * Starts reading a log while it arrives, with the importer {@link importTableParts} would choose
 * from `head` (at least {@link HEAD_CHARS} characters, or the whole file), when that importer
 * reads part by part; null otherwise. Push every part to the reader, head included, without the
 * byte-order mark that may start the first, then call {@link finishReading}.
 */
export function startReading(head: readonly string[], opts: ImportOptions = {}): LogReading | null {
  const importer = importerFor(withoutBom(head), opts);
  return importer?.reader ? { importer, reader: importer.reader(opts) } : null;
}

/**
 * What {@link importTableParts} gives for `parts` with `opts`, from a reading started with the
 * same options that was given every part: the same checks and failures, without reading again.
 */
export function finishReading(
  parts: readonly string[],
  opts: ImportOptions,
  reading: LogReading,
): Result<ImportedTable> {
  const checked = checkedParts(opts, () => checkLogParts(parts));
  if (!checked.ok) return checked;
  const log = reading.reader.finish();
  return checkFound(log, log.table.length, reading.importer);
}

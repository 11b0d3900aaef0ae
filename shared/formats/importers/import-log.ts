import type { ImportedLog, ImportedTable } from '../../domain/imported';
import { LineTable } from '../../domain/line-table';
import type { Result } from '../../ipc/result';
import { fail, ok } from '../../ipc/result';
import { stripFormatting } from '../../irc/format';
import type { ImportOptions, Importer } from './importer';
import { decodeLogParts, headOf } from './common/decode';
import { splitLines } from './common/text';
import { isIsoDate } from './common/dates';
import { normalizeZone } from './common/zone';
import { detectImporter, sampleOf } from './detect';
import { IMPORTERS, findImporter } from './registry';

const EXPECTED =
  'expected lines like "12:00:01 <nick> text" (MeetBot, irssi, WeeChat, HexChat, ZNC, mIRC, ' +
  'Limnoria, Sopel, The Lounge, Textual, Pidgin, irclogs.ubuntu.com, a W3C scribe log, HCoop), ' +
  'MeetBot minutes, a wiki transcript or a meeting page';

// Enough text for the detection sample without splitting a whole large log.
const HEAD_CHARS = 65_536;

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

// The importer for `input` and its text as parts (see decodeLogParts), or why there is none.
function importerFor(
  input: string | Uint8Array,
  opts: ImportOptions,
): Result<{ importer: Importer; parts: string[] }> {
  const checked = checkOptions(opts);
  if (!checked.ok) return checked;
  const decoded = decodeLogParts(input);
  if (!decoded.ok) return decoded;
  const parts = decoded.value;
  const importer = opts.format
    ? findImporter(opts.format)!
    : detectImporter(sampleOf(firstLines(parts)))?.importer;
  if (!importer) return fail('not-a-log', `not an IRC log: ${EXPECTED}`);
  return ok({ importer, parts });
}

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
 * Reads a log or meeting page from a file's bytes or text. The format is `opts.format` or
 * detected from the first non-empty lines; `opts.channel`, `opts.date` and `opts.timeZone` fill
 * in what the log does not say. Every failure is a value with a one-line message saying what was
 * expected: `empty`, `binary`, `not-a-log`, `unknown-format`, `time-zone`, `date`.
 */
export function importLog(
  input: string | Uint8Array,
  opts: ImportOptions = {},
): Result<ImportedLog> {
  const found = importerFor(input, opts);
  if (!found.ok) return found;
  const { importer, parts } = found.value;
  const log = importer.parseParts
    ? importer.parseParts(parts, opts)
    : importer.parse(parts.join(''), opts);
  return checkFound(log, log.lines.length, importer);
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
  const found = importerFor(input, opts);
  if (!found.ok) return found;
  const { importer, parts } = found.value;
  let log: ImportedTable;
  if (importer.parseTable) log = importer.parseTable(parts, opts);
  else {
    const { lines, ...about } = importer.parseParts
      ? importer.parseParts(parts, opts)
      : importer.parse(parts.join(''), opts);
    log = { ...about, table: LineTable.fromLines(lines) };
  }
  return checkFound(log, log.table.length, importer);
}

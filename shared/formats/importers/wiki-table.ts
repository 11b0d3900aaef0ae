import type { WikiLine } from './wiki-line';
import { parseClock } from './common/clock-time';
import { isIsoDate } from './common/dates';
import { bareNick } from './common/nick';
import { unescapeMarkdown } from './common/text';

/** Which cell of a transcript table holds what; -1 when the table has no such column. */
export interface TableColumns {
  time: number;
  nick: number;
  text: number;
}

const CELL_STAMP_RE = /^(?:(\d{4}-\d\d-\d\d)[ T])?(\d{1,2}:\d\d(?::\d\d)?) ?([AaPp][Mm])?$/;

/** The cells of a Markdown table row (`| a | b |`), Markdown escapes removed; null if not a row. */
export function splitRow(line: string): string[] | null {
  const s = line.trim();
  if (!s.startsWith('|')) return null;
  // Split on pipes that are not escaped as `\|`.
  const cells = s.slice(1).split(/(?<!\\)\|/);
  if (cells.length > 1 && cells[cells.length - 1]!.trim() === '') cells.pop();
  return cells.map((c) => unescapeMarkdown(c.trim()));
}

/** True for a row such as `|---|:---:|`. */
export function isSeparatorRow(cells: readonly string[]): boolean {
  return cells.length > 0 && cells.every((c) => /^:?-+:?$/.test(c));
}

/** Reads a header row: `| time (UTC) | person | comment |`. Null when it names no speaker column. */
export function headerColumns(cells: readonly string[]): TableColumns | null {
  const find = (re: RegExp) => cells.findIndex((c) => re.test(c));
  const nick = find(/\b(?:person|nick|who|user|name|from|sender|speaker|author)\b/i);
  if (nick < 0) return null;
  const time = find(/\b(?:time|date|when)\b/i);
  let text = find(/\b(?:comment|message|text|what|says?|content)\b/i);
  if (text < 0) text = cells.findIndex((_, i) => i !== nick && i !== time);
  return { time, nick, text };
}

function guessColumns(cells: readonly string[]): TableColumns | null {
  if (cells.length >= 3 && CELL_STAMP_RE.test(cells[0]!)) return { time: 0, nick: 1, text: 2 };
  if (cells.length === 2) return { time: -1, nick: 0, text: 1 };
  return null;
}

/**
 * A transcript line from a table row (`|10:24:24|@miconda:matrix.kamailio.dev|ready to start|`,
 * `| 2024-12-09 15:00 | @miconda | hello! |`, `| @miconda:server | hello |`), using the header's
 * columns when the table has one. Null when the row is not a transcript line or says nothing.
 */
export function readTableRow(
  cells: readonly string[],
  columns: TableColumns | null,
): WikiLine | null {
  const cols = columns ?? guessColumns(cells);
  if (!cols || cols.text < 0) return null;
  const nick = bareNick((cells[cols.nick] ?? '').replace(/^\*\*|\*\*$/g, '').replace(/^<|>$/g, ''));
  if (nick === '' || /\s/.test(nick)) return null;
  const lastColumn = cols.text > cols.nick && cols.text > cols.time;
  const text = lastColumn ? cells.slice(cols.text).join(' | ') : (cells[cols.text] ?? '');
  // Chat exports leave a reaction or an image as an empty cell: nothing was said.
  if (text.trim() === '') return null;
  if (cols.time < 0) return { kind: 'message', nick, text, time: '' };
  const m = CELL_STAMP_RE.exec(cells[cols.time] ?? '');
  const time = m ? parseClock(m[2]!, m[3]) : null;
  if (!m || !time) return null;
  const date = m[1];
  return {
    kind: 'message',
    nick,
    text,
    time,
    ...(date && isIsoDate(date) ? { stamp: { date } } : {}),
  };
}

import type { LogLine } from '../../domain/line';
import type { LogBuilder } from './common/log-builder';
import { parseLooseDate } from './common/dates';
import { unescapeMarkdown } from './common/text';
import { zoneHint } from './common/zone-hint';
import { readSpeaker, readWikiLine } from './wiki-line';
import {
  headerColumns,
  isSeparatorRow,
  readTableRow,
  splitRow,
  type TableColumns,
} from './wiki-table';

const HEADING_RE = /^(#{1,6})[ \t]+(.*)$/;
const DATE_HEADING_RE =
  /^(?:[A-Za-z]{3,9},? )?(?:[A-Za-z]{3,9} \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2} [A-Za-z]{3,9},? \d{4}|\d{4}-\d\d-\d\d)$/;
const INDENTED_RE = /^(?: {2,}|\t)/;
const ISO_DATE_RE = /\d{4}-\d\d-\d\d/;
// Lines that are part of the page's markup rather than what someone said after `**nick**`.
const MARKUP_RE = /^(?:[-*+] |\d+[.)] |>|```|<!--|!\[|\[[^\]]*\]\()/;

/** A heading's text without Markdown's optional closing hashes (`## Topic ##`). */
function headingText(text: string): string {
  let t = text.trim();
  let hashes = t.length;
  while (hashes > 0 && t[hashes - 1] === '#') hashes--;
  if (hashes < t.length && (hashes === 0 || t[hashes - 1] === ' ' || t[hashes - 1] === '\t')) {
    t = t.slice(0, hashes).trim();
  }
  return unescapeMarkdown(t).replace(/\*\*/g, '');
}

function nextNonEmpty(lines: readonly string[], from: number): string | undefined {
  for (let i = from; i < lines.length; i++) if (lines[i]!.trim() !== '') return lines[i];
  return undefined;
}

// A Kamailio wiki chat log writes each message as `\[2014-05-14 16:06:41\] \<nick> text`,
// hard-wrapped: the lines up to the next blank or stamped line continue the message.
const ESCAPED_STAMP_RE = /^\\\[\d/;

// True when a line goes on with the message before it: plain text, not a line or markup itself.
function continues(raw: string, trimmed: string): boolean {
  if (INDENTED_RE.test(raw) || ESCAPED_STAMP_RE.test(trimmed) || MARKUP_RE.test(trimmed)) {
    return false;
  }
  const first = trimmed[0];
  if (first === '#' || first === '|' || trimmed.startsWith('**')) return false;
  return readWikiLine(unescapeMarkdown(raw), false) === null;
}

/**
 * Reads the transcript part of a wiki page or a plain transcript into `log`: `#` headings
 * become `heading` lines (except a date heading such as `### Thu, Dec 8 2022`, which sets the
 * day, and with `title` the page's first `# Title`, which becomes the title), transcript lines in
 * the shapes of `readWikiLine`, Markdown tables, `**nick**` blocks, and notes such as
 * `Times are in EDT (UTC -4)` which set the zone. The unprefixed lines that follow an escaped
 * `\[stamp\] \<nick>` line without a blank line between are the rest of its message, joined to
 * it with a space. Everything else is skipped.
 */
export function readTranscript(lines: readonly string[], log: LogBuilder, title = false): void {
  let columns: TableColumns | null = null;
  let speaker: string | null = null;
  let wrapped: LogLine | null = null;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const trimmed = raw.trim();
    if (trimmed === '') {
      wrapped = null;
      continue;
    }
    if (wrapped && continues(raw, trimmed)) {
      wrapped.text = `${wrapped.text} ${unescapeMarkdown(trimmed)}`;
      continue;
    }
    wrapped = null;
    const heading = trimmed[0] === '#' ? HEADING_RE.exec(trimmed) : null;
    if (heading) {
      const text = headingText(heading[2]!);
      speaker = null;
      columns = null;
      if (DATE_HEADING_RE.test(text)) {
        const date = parseLooseDate(text);
        if (date) log.setDay(date);
      } else if (title && heading[1] === '#' && log.title === null && log.size === 0) {
        log.title = text;
        const date = ISO_DATE_RE.test(text) ? parseLooseDate(text) : null;
        if (date) log.setDay(date);
      } else if (text !== '') log.add('heading', '', text);
      continue;
    }
    const cells = trimmed[0] === '|' ? splitRow(trimmed) : null;
    if (cells) {
      if (isSeparatorRow(cells)) continue;
      const next = nextNonEmpty(lines, i + 1);
      const nextCells = next === undefined ? null : splitRow(next);
      if (nextCells && isSeparatorRow(nextCells)) {
        columns = headerColumns(cells);
        const zone = zoneHint(cells.join(' '));
        if (zone) log.setZone(zone);
        continue;
      }
      const row = readTableRow(cells, columns);
      if (row) log.add(row.kind, row.nick, row.text, row.time, row.stamp);
      continue;
    }
    const line = unescapeMarkdown(raw);
    const said = readWikiLine(line, INDENTED_RE.test(raw));
    if (said) {
      log.add(said.kind, said.nick, said.text, said.time, said.stamp);
      if (ESCAPED_STAMP_RE.test(trimmed)) wrapped = log.last ?? null;
      continue;
    }
    const who = trimmed.startsWith('**') ? readSpeaker(line) : null;
    if (who) speaker = who;
    else if (speaker && !MARKUP_RE.test(trimmed)) log.add('message', speaker, line.trim());
    else if (/\btimes?\b/i.test(trimmed)) {
      const zone = zoneHint(trimmed);
      if (zone) log.setZone(zone);
      const date = ISO_DATE_RE.test(trimmed) ? parseLooseDate(trimmed) : null;
      if (date) log.setDay(date);
    }
  }
}

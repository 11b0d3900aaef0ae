import type { ImportedLog } from '../../domain/imported';
import type { ImportOptions, Importer } from './importer';
import { anyLine } from './common/score';
import { logLines } from './common/text';
import { kamailioPage } from './kamailio-page';

const LIST_RE = /^( {2,}|\t+)([*-]) (.*)$/;
const CODE_OPEN_RE = /^[ \t]*<(code|file)\b[^>]*>[ \t]*$/;
// Each part stops at the next opener of its kind, so a line of openers stays linear.
const INLINE_RE =
  /%%((?:[^%]|%(?!%))*)%%|<nowiki>([^<]*)<\/nowiki>|\[\[([^\]|[]*)(?:\|([^\][]*))?\]\]/g;

/** A heading line's level (1 for six `=`) and text, or null. */
function headingOf(line: string): { level: number; text: string } | null {
  const t = line.trim();
  if (!t.startsWith('==') || !t.endsWith('==')) return null;
  let marks = 0;
  while (marks < t.length && t[marks] === '=') marks++;
  if (marks > 6) return null;
  let end = t.length;
  while (end > marks && t[end - 1] === '=') end--;
  const text = t.slice(marks, end).trim();
  return text === '' ? null : { level: 7 - marks, text };
}

/** DokuWiki inline markup reduced to its text: unformatted spans, nowiki, links. */
function inlineText(text: string): string {
  return text.replace(
    INLINE_RE,
    (_, unformatted?: string, nowiki?: string, target?: string, label?: string) =>
      unformatted ?? nowiki ?? (label || target) ?? '',
  );
}

/**
 * A DokuWiki page in the shape of a Markdown one: `====== T ======` headings become `#` to
 * `####`, `  * x` lists become `- x` (nested by indent), `<code>` blocks become lines indented
 * four spaces, and unformatted (`%%…%%`), nowiki and link markup becomes its text.
 */
export function dokuWikiAsMarkdown(lines: readonly string[]): string[] {
  const out: string[] = [];
  let code: string | null = null;
  for (const line of lines) {
    if (code !== null) {
      if (line.trim() === `</${code}>`) code = null;
      else out.push(`    ${line}`);
      continue;
    }
    const open = CODE_OPEN_RE.exec(line);
    if (open) {
      code = open[1]!;
      continue;
    }
    const h = headingOf(line);
    if (h) {
      out.push(`${'#'.repeat(Math.min(4, h.level))} ${h.text}`);
      continue;
    }
    const item = LIST_RE.exec(line);
    if (item) {
      const depth = Math.max(0, Math.floor(item[1]!.replace(/\t/g, '  ').length / 2) - 1);
      out.push(`${'  '.repeat(depth)}${item[2] === '*' ? '-' : '1.'} ${inlineText(item[3]!)}`);
      continue;
    }
    out.push(inlineText(line));
  }
  return out;
}

/**
 * A meeting page on a DokuWiki (Kamailio's wiki, where its meeting pages live): the same page as
 * the Kamailio-style Markdown one, in DokuWiki markup, read as that page once its markup is
 * turned into Markdown's.
 */
export const dokuWikiPage: Importer = {
  id: 'dokuwiki-page',
  label: 'DokuWiki meeting page',
  example: '====== IRC Devel Meeting - 2012-01-31 ======',
  detect: (sample) =>
    anyLine(sample, /^={5,6} \S.* ={5,6}$/) &&
    anyLine(sample, /^={4,5} (?:Participants|Transcripts?)\b.* ={4,5}$/i) &&
    anyLine(sample, /^\**(?:Date|Place):\**$/)
      ? 0.96
      : 0,
  parse(text: string, opts?: ImportOptions): ImportedLog {
    const page = dokuWikiAsMarkdown(logLines(text)).join('\n');
    return { ...kamailioPage.parse(page, opts), format: 'dokuwiki-page' };
  },
};

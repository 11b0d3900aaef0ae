import type { AgendaItem } from '../../domain/imported';
import { unescapeMarkdown } from './common/text';

const LEADING_OWNERS_RE = /^\(([^()]{1,60})\)\s+(.*)$/;
const TRAILING_OWNERS_RE = /^(.*\S)\s+\(([^()]{1,60})\)$/;
const OWNER_RE = /^@?[A-Za-z][\w.[\]|^{}`-]{0,30}$/;
const MINUTES = '(\\d{1,3}) ?(?:min(?:ute)?s?|m)';
const LEADING_TIMEBOX_RE = new RegExp(`^${MINUTES}\\s*[:-]\\s*(.*)$`, 'i');
const TRAILING_TIMEBOX_RE = new RegExp(`^(.*\\S)\\s+[([]${MINUTES}[)\\]]$`, 'i');

function ownersIn(text: string): string[] | null {
  const owners = text.split(/\s*(?:&|,|\/|\band\b|\+)\s*/).filter((o) => o !== '');
  return owners.length > 0 && owners.every((o) => OWNER_RE.test(o)) ? owners : null;
}

// The classes exclude the opening bracket, so no match attempt runs past the next one: linear
// even on long lines full of brackets.
/** The text of a Markdown line without emphasis, autolink brackets or link targets. */
export function plainText(text: string): string {
  return unescapeMarkdown(
    text
      .replace(/\*\*|__/g, '')
      .replace(/<((?:https?|mailto):[^<>\s]*)>/g, '$1')
      .replace(/\[([^[\]]*)\]\([^()\s]*\)/g, '$1'),
  ).trim();
}

/**
 * An agenda entry from a bullet's text: owners from a leading tag (`(dcm) packaging`, `(JP & RG)
 * IMS branch`) or from a trailing one naming known people (`open issues (dcm)`), a timebox from
 * `10 min: outreach` or `outreach (15 min)`, and a trailing colon dropped.
 */
export function agendaItem(text: string, knownOwners: ReadonlySet<string> = new Set()): AgendaItem {
  let title = plainText(text);
  let owners: string[] = [];
  let timebox: number | null = null;
  let m = LEADING_TIMEBOX_RE.exec(title);
  if (m) [timebox, title] = [Number(m[1]), m[2]!];
  m = LEADING_OWNERS_RE.exec(title);
  const leading = m ? ownersIn(m[1]!) : null;
  if (m && leading) [owners, title] = [leading, m[2]!];
  m = TRAILING_TIMEBOX_RE.exec(title);
  if (m && timebox === null) [title, timebox] = [m[1]!, Number(m[2])];
  m = TRAILING_OWNERS_RE.exec(title);
  const trailing = m ? ownersIn(m[2]!) : null;
  if (m && trailing && trailing.every((o) => knownOwners.has(o.toLowerCase()))) {
    [title, owners] = [m[1]!, [...owners, ...trailing]];
  }
  if (title.endsWith(':')) title = title.slice(0, -1).trimEnd();
  return { title, owners, timebox, items: [] };
}

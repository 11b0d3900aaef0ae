import type { AgendaItem } from '../../domain/imported';
import { agendaItem, plainText } from './outline-item';

const HEADING_RE = /^(#{1,6})[ \t]+(.*)$/;
const BULLET_RE = /^([ \t]*)(?:[-*+•]|(\d+(?:\.\d+)*)[.)]|(\d+(?:\.\d+)+))[ \t]+(.*)$/;
const IGNORED_RE = /^(?:!\[|<|```|---|===|\||>)/;
// Ranks order the kinds of lines from outermost to innermost: headings 1-6, labels, bullets.
const LABEL_RANK = 7;
const BULLET_RANK = 8;
// Repairing repeats compares every entry with the earlier ones; beyond this size it is skipped.
const MAX_REPAIR = 500;

/** An outline read from text: the page title (first `# ` heading) and the nested items. */
export interface Outline {
  title: string | null;
  items: AgendaItem[];
}

function indentWidth(indent: string): number {
  let w = 0;
  for (const c of indent) w += c === '\t' ? 4 : 1;
  return w;
}

/** A line standing alone as a group label: `Kamailio related:`, `Roundtable`, `Dustin's Notes`. */
function isLabel(text: string): boolean {
  const words = text.split(/\s+/).length;
  if (text.endsWith(':')) return words <= 12;
  return words <= 5 && !/[.!?,;]$/.test(text) && !/^(?:https?:|www\.)/i.test(text);
}

/**
 * A flattened outline (a wiki page copied as text loses its indentation) repeats the first child
 * of a group when the group ends: "Purpose, Agree on…, clarity…, Agree on…". When an entry
 * repeats an earlier sibling, the entries from that sibling on are the children of the entry
 * before it, and the repeat is dropped.
 */
function repairRepeats(items: AgendaItem[]): AgendaItem[] {
  for (const item of items) item.items = repairRepeats(item.items);
  if (items.length > MAX_REPAIR || items.some((i) => i.items.length > 0)) return items;
  const out: AgendaItem[] = [];
  for (const item of items) {
    const at = out.findIndex((o) => o.title === item.title);
    if (at > 0) out[at - 1]!.items.push(...out.splice(at));
    else out.push(item);
  }
  return out;
}

/**
 * Reads a plain-text or Markdown outline into nested agenda items. Markdown headings nest by
 * level, a short line on its own (`Agenda`, `Kamailio related:`) is a group label, bullets
 * (`-`, `*`, `+`, `•`, `1.`, `1.2`) nest by indentation, and an indented line that is not a bullet
 * continues the item above. Prose and other markup are skipped. `knownOwners` (lower case) lets
 * a trailing `(dcm)` count as an owner.
 */
export function readOutline(lines: readonly string[], knownOwners?: ReadonlySet<string>): Outline {
  let title: string | null = null;
  const roots: AgendaItem[] = [];
  const stack: { rank: number; item: AgendaItem }[] = [];
  let last: { indent: number; item: AgendaItem } | null = null;
  const place = (rank: number, item: AgendaItem) => {
    while (stack.length > 0 && stack[stack.length - 1]!.rank >= rank) stack.pop();
    (stack[stack.length - 1]?.item.items ?? roots).push(item);
    stack.push({ rank, item });
  };
  for (const raw of lines) {
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    const heading = HEADING_RE.exec(trimmed);
    const bullet = heading ? null : BULLET_RE.exec(raw);
    const indent = indentWidth(/^[ \t]*/.exec(raw)![0]);
    if (heading) {
      const text = plainText(heading[2]!);
      if (heading[1] === '#' && title === null && roots.length === 0) title = text;
      else if (text !== '')
        place(heading[1]!.length, { ...agendaItem(text, knownOwners), label: true });
      last = null;
    } else if (bullet) {
      const depth = (bullet[2] ?? bullet[3] ?? '').split('.').length - 1;
      const item = agendaItem(bullet[4]!, knownOwners);
      if (item.title === '') continue;
      const width = indentWidth(bullet[1]!) + depth * 2;
      place(BULLET_RANK + width, item);
      last = { indent: width, item };
    } else if (last && indent > last.indent) {
      const whole = agendaItem(`${last.item.title} ${trimmed}`, knownOwners);
      last.item.title = whole.title;
      last.item.owners.push(...whole.owners.filter((o) => !last!.item.owners.includes(o)));
      last.item.timebox ??= whole.timebox;
    } else {
      last = null;
      if (indent === 0 && !IGNORED_RE.test(trimmed) && isLabel(trimmed)) {
        place(LABEL_RANK, { ...agendaItem(trimmed, knownOwners), label: true });
      }
    }
  }
  return { title, items: repairRepeats(roots) };
}

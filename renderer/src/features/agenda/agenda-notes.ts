import type { AgendaNode } from '../../../../shared/ipc/meeting-schemas';
import { parentOf } from './agenda-tree';

/**
 * What each agenda change says in the "Undo" notice, naming the entries it touched, so the chair
 * sees what went before deciding whether to take it back.
 */

const quoted = (item: AgendaNode) => `“${item.title || 'Untitled'}”`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function descendants(item: AgendaNode): AgendaNode[] {
  return item.children.flatMap((child) => [child, ...descendants(child)]);
}

/** "Removed “CI runners” and the 2 items in it (25 min planned)". */
export function removedNote(item: AgendaNode): string {
  const inner = descendants(item);
  const minutes = [item, ...inner].reduce((sum, i) => sum + (i.timebox ?? 0), 0);
  const nested = inner.length > 0 ? ` and the ${plural(inner.length, 'item')} in it` : '';
  return `Removed ${quoted(item)}${nested}${minutes > 0 ? ` (${minutes} min planned)` : ''}`;
}

/** What a keyboard move (Alt+arrow) of `item` from `before` to `after` did. */
export function movedNote(
  key: string,
  item: AgendaNode,
  before: readonly AgendaNode[],
  after: readonly AgendaNode[],
): string {
  if (key === 'ArrowRight') {
    const parent = parentOf(after, item.id);
    return `Nested ${quoted(item)}${parent ? ` under ${quoted(parent)}` : ''}`;
  }
  if (key === 'ArrowLeft') {
    const parent = parentOf(before, item.id);
    return `Moved ${quoted(item)} out${parent ? ` of ${quoted(parent)}` : ''}`;
  }
  return `Moved ${quoted(item)} ${key === 'ArrowUp' ? 'up' : 'down'}`;
}

/** A drag and drop of `item`. */
export const droppedNote = (item: AgendaNode) => `Moved ${quoted(item)}`;

/** Imported or template entries put in place of the agenda, or added at its end. */
export function replacedNote(
  current: readonly AgendaNode[],
  found: readonly AgendaNode[],
  how: 'replace' | 'add',
  source = 'imported',
): string {
  const what = plural(found.length, `${source} item`);
  if (how === 'add') return `Added ${what} to the agenda`;
  return current.length === 0
    ? `Set the agenda to ${what}`
    : `Replaced the agenda (${plural(current.length, 'item')}) with ${what}`;
}

/**
 * What an edit that made `item` a section label (or an entry again) or moved it into a section
 * did, or null when it did neither: "Made “Kamailio related” a section label", "Moved “CI” into
 * “Kamailio related”".
 */
export function placedNote(
  item: AgendaNode,
  wasGroup: boolean,
  moved: boolean,
  section: AgendaNode | null,
): string | null {
  const parts: string[] = [];
  if ((item.group === true) !== wasGroup)
    parts.push(
      item.group ? `Made ${quoted(item)} a section label` : `Made ${quoted(item)} an entry`,
    );
  if (moved) {
    const where = section ? `into ${quoted(section)}` : 'to the top level';
    parts.push(parts.length > 0 ? `moved it ${where}` : `Moved ${quoted(item)} ${where}`);
  }
  return parts.length > 0 ? parts.join(' and ') : null;
}

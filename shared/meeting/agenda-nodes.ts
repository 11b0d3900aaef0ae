import type { AgendaItem } from '../domain/imported';
import type { AgendaNode } from '../ipc/meeting-schemas';

// The limits of the AgendaNode schema, so an imported agenda can always be saved.
const MAX_ITEMS = 200;
const MAX_TITLE = 500;
const MAX_OWNERS = 20;

function timebox(minutes: number | null): number | null {
  if (minutes === null || !Number.isFinite(minutes)) return null;
  const whole = Math.round(minutes);
  return whole >= 1 && whole <= 600 ? whole : null;
}

/**
 * Agenda entries as the chair edits them, cut to what an agenda can hold, with fresh ids. A
 * page's label with entries under it ("Kamailio related:") becomes a group, never a topic.
 */
export function toNodes(items: readonly AgendaItem[], newId: () => string): AgendaNode[] {
  return items.slice(0, MAX_ITEMS).map((item) => {
    const node: AgendaNode = {
      id: newId(),
      title: item.title.slice(0, MAX_TITLE),
      owners: item.owners.slice(0, MAX_OWNERS).map((o) => o.slice(0, 64)),
      timebox: timebox(item.timebox),
      children: toNodes(item.items, newId),
    };
    return item.label && node.children.length > 0 ? { ...node, group: true } : node;
  });
}

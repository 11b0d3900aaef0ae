import type { AgendaNode } from '../ipc/meeting-schemas';

/** Every entry of an agenda, depth-first: an entry, then its children, then its next sibling. */
export function agendaOrder(items: readonly AgendaNode[]): AgendaNode[] {
  return items.flatMap((node) => [node, ...agendaOrder(node.children)]);
}

/**
 * The entries that can be taken as topics, in the order "next topic" takes them: every entry
 * depth-first except groups (a page's section label such as "Kamailio related:"), which only
 * hold entries.
 */
export function topicEntries(items: readonly AgendaNode[]): AgendaNode[] {
  return agendaOrder(items).filter((node) => node.group !== true);
}

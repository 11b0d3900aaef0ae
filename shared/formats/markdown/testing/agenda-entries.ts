import type { AgendaItem } from '../../../domain/imported';

/**
 * An agenda's entries without the mark of which were labels on the page read: a written page
 * keeps every entry, its owners, timebox and nesting, not how the page it came from drew it.
 */
export function agendaEntries(items: readonly AgendaItem[]): AgendaItem[] {
  return items.map(({ title, owners, timebox, items: inner }) => ({
    title,
    owners,
    timebox,
    items: agendaEntries(inner),
  }));
}

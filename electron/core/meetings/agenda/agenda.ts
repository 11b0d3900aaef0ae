import type { Agenda, AgendaNode } from '../../../../shared/ipc/meeting-schemas';
import { agendaOrder, topicEntries } from '../../../../shared/meeting/agenda-order';

export { agendaOrder };

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The agenda entry each topic stands for (null when none). A topic the chair took with "next
 * topic" is matched to the entry it was taken from (`taken`, the fold's agenda topics); a topic
 * typed in the channel is matched by title to an entry not yet used. Each entry stands for one
 * topic at most.
 */
export function matchAgendaTopics(
  titles: readonly (string | null)[],
  taken: readonly { agendaId: string; title: string }[],
  agenda: readonly AgendaNode[],
): (string | null)[] {
  const order = topicEntries(agenda);
  const usedTaken = new Set<number>();
  const used = new Set<string>();
  return titles.map((title) => {
    if (title === null) return null;
    const t = taken.findIndex(
      (topic, i) => !usedTaken.has(i) && !used.has(topic.agendaId) && same(topic.title, title),
    );
    if (t >= 0) {
      usedTaken.add(t);
      used.add(taken[t]!.agendaId);
      return taken[t]!.agendaId;
    }
    const entry = order.find((node) => !used.has(node.id) && same(node.title, title));
    if (!entry) return null;
    used.add(entry.id);
    return entry.id;
  });
}

/** The agenda entry with that id, anywhere in the tree. */
export function findEntry(items: readonly AgendaNode[], id: string): AgendaNode | null {
  return agendaOrder(items).find((node) => node.id === id) ?? null;
}

/** The first entry, depth-first, not yet taken as a topic (groups never are); null when none is left. */
export function nextEntry(
  items: readonly AgendaNode[],
  doneIds: readonly string[],
): AgendaNode | null {
  const done = new Set(doneIds);
  return topicEntries(items).find((node) => !done.has(node.id)) ?? null;
}

/**
 * A channel's agenda with where the meeting is in it: the current entry (the last topic's, while
 * the meeting is live) and the entries its earlier topics stood for, in order. The entry under
 * way is current, never also done.
 */
export function agendaState(
  channel: string,
  items: AgendaNode[],
  topicIds: readonly (string | null)[],
  live: boolean,
): Agenda {
  const currentId = live ? (topicIds.at(-1) ?? null) : null;
  const taken = topicIds.filter((id): id is string => id !== null && id !== currentId);
  return { channel, items, currentId, doneIds: [...new Set(taken)] };
}

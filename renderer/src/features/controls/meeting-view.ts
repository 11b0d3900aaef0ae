import type {
  Agenda,
  AgendaNode,
  MeetingView,
  VoteView,
} from '../../../../shared/ipc/meeting-schemas';

/** The open vote, if any. */
export function openVote(meeting: MeetingView | null): VoteView | null {
  return meeting?.votes.find((vote) => vote.open) ?? null;
}

/** Entries depth first, the order "next topic" takes them in. */
export function agendaOrder(items: readonly AgendaNode[]): AgendaNode[] {
  return items.flatMap((item) => [item, ...agendaOrder(item.children)]);
}

/** The entry "next topic" would take: the first one neither current nor done. */
export function nextAgendaItem(agenda: Agenda | null): AgendaNode | null {
  if (!agenda) return null;
  const taken = new Set(agenda.doneIds);
  if (agenda.currentId) taken.add(agenda.currentId);
  return agendaOrder(agenda.items).find((item) => !taken.has(item.id)) ?? null;
}

import type {
  Agenda,
  AgendaNode,
  MeetingView,
  TopicView,
  VoteView,
} from '../../../../shared/ipc/meeting-schemas';

/** The open vote, if any. */
export function openVote(meeting: MeetingView | null): VoteView | null {
  return meeting?.votes.find((vote) => vote.open) ?? null;
}

/** The topic under way: the last one, while the meeting is live. */
export function currentTopic(meeting: MeetingView | null): TopicView | null {
  if (meeting?.status !== 'live') return null;
  const last = meeting.topics[meeting.topics.length - 1];
  return last && last.endedAt === null ? last : null;
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

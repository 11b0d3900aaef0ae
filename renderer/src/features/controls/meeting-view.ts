import type {
  Agenda,
  AgendaNode,
  ItemView,
  MeetingView,
  VoteView,
} from '../../../../shared/ipc/meeting-schemas';
import { topicEntries } from '../../../../shared/meeting/agenda-order';

/** One entry of the minutes: what `#undo` would take back. */
export interface MinutesEntry {
  type: ItemView['type'];
  nick: string;
  text: string;
}

/**
 * The last item of the minutes, which `#undo` removes whatever its type and whoever added it:
 * the last topic's last item, or that topic itself while it has none. Null when there is none.
 */
export function lastMinutesItem(meeting: MeetingView | null): MinutesEntry | null {
  const topic = meeting?.topics.at(-1);
  if (!topic) return null;
  const item = topic.items.at(-1);
  if (item) return { type: item.type, nick: item.nick, text: item.text };
  return topic.title === null ? null : { type: 'topic', nick: topic.nick ?? '', text: topic.title };
}

/** The open vote, if any. */
export function openVote(meeting: MeetingView | null): VoteView | null {
  return meeting?.votes.find((vote) => vote.open) ?? null;
}

/** A vote's tally as the chair reads it: `yes: 2, no: 1`, or `no votes yet`. */
export function voteSummary(vote: VoteView): string {
  const counts = Object.entries(vote.tally).map(([option, n]) => `${option}: ${n}`);
  return counts.join(', ') || 'no votes yet';
}

/** The entry "next topic" would take: the first one neither current nor done. */
export function nextAgendaItem(agenda: Agenda | null): AgendaNode | null {
  if (!agenda) return null;
  const taken = new Set(agenda.doneIds);
  if (agenda.currentId) taken.add(agenda.currentId);
  return topicEntries(agenda.items).find((item) => !taken.has(item.id)) ?? null;
}

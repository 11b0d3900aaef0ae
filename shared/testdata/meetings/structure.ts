import type { Meeting } from '../../domain/meeting';
import type { MinutesDoc } from '../../formats/importers/minutes-doc';

/**
 * The structure of a meeting that published minutes show and Gavel must match: topics with their
 * items, actions by owner, votes with their tallies, and lines said per nick. Subtopic and
 * progress items are one kind here (the minutes print them alike); text is compared with its
 * whitespace runs as one space (the minutes wrap it).
 */
export interface Structure {
  topics: { title: string | null; items: [string, string][] }[];
  actionsByOwner?: Record<string, string[]>;
  votes?: { question: string; for: number; against: number; abstained: number }[];
  people?: Record<string, number>;
}

export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
const kind = (type: string) => (type === 'progress' ? 'subtopic' : type);

/** Gavel's structure of a folded meeting (the part before the first topic only when not empty). */
export function structureOf(meeting: Meeting): Structure {
  const topics = meeting.topics
    .filter((t) => t.title !== null || t.items.length > 0)
    .map((t) => ({
      title: t.title === null ? null : squash(t.title),
      items: t.items.map((i): [string, string] => [kind(i.type), squash(i.text)]),
    }));
  const actionsByOwner: Record<string, string[]> = {};
  for (const a of meeting.actions) {
    for (const owner of a.owners.length > 0 ? a.owners : ['UNASSIGNED']) {
      (actionsByOwner[owner] ??= []).push(squash(a.text));
    }
  }
  const votes = meeting.votes.map((v) => {
    const choices = Object.values(v.votes);
    return {
      question: squash(v.question),
      for: choices.filter((c) => c === '+1').length,
      against: choices.filter((c) => c === '-1').length,
      abstained: choices.filter((c) => c === '+0').length,
    };
  });
  const people = Object.fromEntries(meeting.people.map((p) => [p.nick, p.lines]));
  return { topics, actionsByOwner, votes, people };
}

/** The structure MeetBot's own minutes (read back by `readTextMinutes`) show. */
export function structureOfMinutes(doc: MinutesDoc): Structure {
  return {
    topics: doc.topics.map((t) => ({
      title: t.title === null ? null : squash(t.title),
      items: t.items.map((i): [string, string] => [kind(i.type), squash(i.text)]),
    })),
    actionsByOwner: Object.fromEntries(
      doc.actionsByPerson.map((p) => [p.nick, p.actions.map(squash)]),
    ),
    people: Object.fromEntries(doc.people.map((p) => [p.nick, p.lines])),
  };
}

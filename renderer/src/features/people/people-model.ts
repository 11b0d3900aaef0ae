import type { PersonView } from '../../../../shared/ipc/meeting-schemas';

/** Whether a person is here now, and whether they came or went during the meeting. */
export interface Presence {
  present: boolean;
  joinedDuring: boolean;
  leftDuring: boolean;
}

/** `person`'s presence in a meeting that started at `startedAt`. */
export function presenceOf(person: PersonView, startedAt: number): Presence {
  return {
    present: person.present,
    joinedDuring: person.joinedAt !== null && person.joinedAt > startedAt,
    leftDuring: !person.present && person.leftAt !== null,
  };
}

/** How a person reads in the pane: in the channel and silent, in it and spoke, or gone. */
export type Standing = 'present' | 'spoke' | 'left';

/** `person`'s standing: left once gone, else spoke once they said a line, else present. */
export function standingOf(person: PersonView): Standing {
  if (!person.present) return 'left';
  return person.lines > 0 ? 'spoke' : 'present';
}

/** People present first, then those who left; each part by lines said, most first, then nick. */
export function sortPeople(people: readonly PersonView[]): PersonView[] {
  return [...people].sort(
    (a, b) =>
      Number(b.present) - Number(a.present) ||
      b.lines - a.lines ||
      a.nick.localeCompare(b.nick, undefined, { sensitivity: 'base' }),
  );
}

import type { Action, Meeting } from '../../domain/meeting';
import { byLowerCase } from '../../meeting/people';
import { presetFor } from '../../meeting/presets';

/** "Action items, by person": each owner with their actions, then the actions nobody owns. */
export interface ActionsByPerson {
  people: { nick: string; actions: Action[] }[];
  unassigned: Action[];
  /** Number of (person, action) pairs listed. */
  assigned: number;
}

/** Groups the actions by owner, owners in `sorted(key=str.lower)` order of the attendee table. */
export function actionsByPerson(meeting: Meeting): ActionsByPerson {
  const people: ActionsByPerson['people'] = [];
  let assigned = 0;
  for (const nick of byLowerCase(meeting.nickOrder, presetFor(meeting.preset).textModel)) {
    const actions = meeting.actions.filter((a) => a.owners.includes(nick));
    if (actions.length === 0) continue;
    people.push({ nick, actions });
    assigned += actions.length;
  }
  return { people, unassigned: meeting.actions.filter((a) => a.owners.length === 0), assigned };
}

import type { ActionView } from '../../../../shared/ipc/meeting-schemas';

/** One person's actions (or the unassigned ones, `owner` null). */
export interface OwnerGroup {
  owner: string | null;
  actions: ActionView[];
}

/**
 * Actions grouped by person as MeetBot's "Action items, by person" does: an action with two
 * owners is listed under each, people in alphabetical order (ignoring case), unassigned last.
 */
export function groupByOwner(actions: readonly ActionView[]): OwnerGroup[] {
  const groups = new Map<string, OwnerGroup>();
  const unassigned: ActionView[] = [];
  for (const action of actions) {
    if (action.owners.length === 0) unassigned.push(action);
    for (const owner of action.owners) {
      const key = owner.toLowerCase();
      const group = groups.get(key) ?? { owner, actions: [] };
      group.actions.push(action);
      groups.set(key, group);
    }
  }
  const people = [...groups.values()].sort((a, b) =>
    a.owner!.localeCompare(b.owner!, undefined, { sensitivity: 'base' }),
  );
  return unassigned.length > 0 ? [...people, { owner: null, actions: unassigned }] : people;
}

/** The carried-over actions still open: what "Actions from last meeting" is about. */
export function openCarried(actions: readonly ActionView[]): ActionView[] {
  return actions.filter((a) => a.source === 'carried' && !a.done);
}

/** The title of the topic that reviews the previous meeting's actions (OpenStack's custom). */
export const CARRIED_TOPIC = 'Actions from last meeting';

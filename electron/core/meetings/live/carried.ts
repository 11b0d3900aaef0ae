import type { ActionView, MeetingView } from '../../../../shared/ipc/meeting-schemas';

/**
 * The actions a new meeting inherits from the channel's previous one: those not marked done,
 * with `source: 'carried'`. An action carried before keeps its id; one from that meeting gets
 * `c-<meeting id>-<action id>`, unique across meetings.
 */
export function carriedActions(previous: MeetingView): ActionView[] {
  return previous.actions
    .filter((action) => !action.done)
    .map((action) => ({
      ...action,
      id: action.source === 'carried' ? action.id : `c-${previous.id}-${action.id}`,
      source: 'carried' as const,
    }));
}

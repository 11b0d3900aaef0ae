import { meetingMinutes } from '../time/meeting-minutes';
import type { HistoryEntry, MeetingSource } from './after-meeting-schemas';
import type { MeetingView } from './meeting-schemas';

/**
 * The history's line for a meeting: what its view says, where it came from, and the importer
 * that read it (`format`, for an imported log). People count only those who said a line; open
 * actions are those not marked done (carried ones included).
 */
export function historyEntry(
  view: MeetingView,
  source: MeetingSource,
  format: string | null,
): HistoryEntry {
  return {
    id: view.id,
    channel: view.channel,
    title: view.title ?? view.name,
    status: view.status,
    source,
    startedAt: view.startedAt,
    endedAt: view.endedAt,
    durationMin: meetingMinutes(view, source),
    people: view.people.filter((p) => p.lines > 0).length,
    actions: view.actions.length,
    openActions: view.actions.filter((a) => !a.done).length,
    format,
  };
}

import type { HistoryEntry, MeetingSource } from '../../../shared/ipc/after-meeting-schemas';
import { historyEntry } from '../../../shared/ipc/history-entry';
import type { MeetingView } from '../../../shared/ipc/meeting-schemas';
import type { MeetingFold } from '../meetings/fold/meeting-fold';
import { isPracticeChannel } from '../practice/practice-channel';
import type { MeetingIndexEntry } from '../store/library';

/** Where a meeting came from: an imported log, a practice run, or a meeting Gavel recorded live. */
export function sourceOf(fold: MeetingFold): MeetingSource {
  if (fold.start.origin === 'import') return 'imported';
  return isPracticeChannel(fold.start.channel) ? 'practice' : 'live';
}

/** The history's line for a meeting, from its fold and its view. */
export function summaryOf(fold: MeetingFold, view: MeetingView): HistoryEntry {
  return historyEntry(view, sourceOf(fold), fold.source?.format ?? null);
}

/** The history's line for a meeting whose journal cannot be read: what the index knows. */
export function summaryOfEntry(entry: MeetingIndexEntry): HistoryEntry {
  return {
    id: entry.id,
    channel: entry.channel,
    title: entry.title,
    status: entry.status,
    source: isPracticeChannel(entry.channel) ? 'practice' : 'live',
    startedAt: entry.startedAt,
    endedAt: entry.endedAt,
    durationMin: null,
    people: 0,
    actions: 0,
    openActions: 0,
    format: null,
  };
}

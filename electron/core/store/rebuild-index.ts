import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Result } from '../../../shared/ipc/result';
import type { MeetingIndexEntry } from './library';
import type { LibraryStore } from './library-store';

/** What the index keeps of a meeting, as its journal replays it. */
export interface MeetingSummary {
  start: { channel: string; title: string };
  startedAt: number;
  endedAt: number | null;
  ended: boolean;
  engine: { meetingTopic: string | null };
}

/** The index entry of meeting `id`: one rule for a live meeting and for one read back. */
export function indexEntryOf(id: string, meeting: MeetingSummary): MeetingIndexEntry {
  const { start } = meeting;
  return {
    id,
    channel: start.channel,
    title: meeting.engine.meetingTopic ?? (start.title === '' ? null : start.title),
    startedAt: meeting.startedAt,
    endedAt: meeting.endedAt,
    status: meeting.ended ? 'ended' : 'live',
  };
}

/** The ids of the meetings with a journal under `<dataDir>/meetings/`. */
function journaledIds(dataDir: string): string[] {
  const dir = join(dataDir, 'meetings');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'journal.jsonl')))
    .map((e) => e.name);
}

/**
 * Puts back into the index every meeting whose journal is on disk but which the index lacks (the
 * index was missing, damaged or reset; journals are the source of truth, the index a cache).
 * Only journals the index does not name are read, so a whole index costs one folder listing.
 * Says once how many were rebuilt, and which journals could not be read. Returns the count.
 */
export function rebuildIndex(
  dataDir: string,
  store: LibraryStore,
  load: (id: string) => Result<MeetingSummary>,
  log: (level: 'info' | 'warn', message: string) => void,
): number {
  const known = new Set(store.meetings().map((m) => m.id));
  const found: MeetingIndexEntry[] = [];
  for (const id of journaledIds(dataDir)) {
    if (known.has(id)) continue;
    const loaded = load(id);
    if (loaded.ok) found.push(indexEntryOf(id, loaded.value));
    else log('warn', `Meeting ${id} could not be put back in the index: ${loaded.error.message}`);
  }
  if (found.length === 0) return 0;
  found.sort((a, b) => a.startedAt - b.startedAt);
  for (const entry of found) {
    const saved = store.putMeeting(entry);
    if (!saved.ok) {
      log('warn', saved.error.message);
      return 0;
    }
  }
  log(
    'warn',
    `The meeting index lacked ${found.length} meeting(s) found on disk; they were put back from their journals.`,
  );
  return found.length;
}

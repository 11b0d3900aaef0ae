import type { MeetingView } from '../../../../shared/ipc/meeting-schemas';
import { ok, type Result } from '../../../../shared/ipc/result';
import type { MeetingIndexEntry } from '../../store/library';
import { channelKey, type LibraryStore } from '../../store/library-store';
import { indexEntryOf } from '../../store/rebuild-index';
import type { CoreDeps } from '../../types';
import type { LiveMeeting } from '../live/live-meeting';
import type { MeetingFold } from '../fold/meeting-fold';
import { loadMeeting } from './meeting-loader';
import { projectView } from '../fold/project-view';

// Ended meetings are replayed from disk when asked for; the last few stay in memory.
const KEPT = 4;

/**
 * The meetings Gavel has recorded: the index in the library (one entry per meeting, its status
 * kept current) and the journals on disk, replayed on demand.
 */
export class MeetingIndex {
  private readonly folds = new Map<string, MeetingFold>();

  constructor(
    private readonly dataDir: string,
    private readonly store: LibraryStore,
    private readonly log: CoreDeps['log'],
  ) {}

  /** The index entry of meeting `id`, or null. */
  entry(id: string): MeetingIndexEntry | null {
    return this.store.meetings().find((m) => m.id === id) ?? null;
  }

  /** Every meeting the index says is still live (to resume after a restart). */
  liveEntries(): MeetingIndexEntry[] {
    return this.store.meetings().filter((m) => m.status === 'live');
  }

  /** Writes the meeting's current state to the index. */
  index(meeting: LiveMeeting): Result<null> {
    return this.store.putMeeting(indexEntryOf(meeting.id, meeting.fold));
  }

  /** Marks an indexed meeting ended at `at` (its journal is gone or already says so). */
  close(entry: MeetingIndexEntry, at: number): Result<null> {
    return this.store.putMeeting({ ...entry, status: 'ended', endedAt: entry.endedAt ?? at });
  }

  /**
   * Keeps a meeting that just ended (or was just imported) in memory, so it need not be
   * replayed when asked for.
   */
  remember(meeting: Pick<LiveMeeting, 'id' | 'fold'>): void {
    this.keep(meeting.id, meeting.fold);
  }

  /** Meeting `id` rebuilt from its journal (or from memory). */
  fold(id: string): Result<MeetingFold> {
    const kept = this.folds.get(id);
    if (kept) return ok(kept);
    const loaded = loadMeeting(this.dataDir, id);
    if (!loaded.ok) return loaded;
    if (loaded.value.skipped > 0) {
      this.log('warn', `${loaded.value.skipped} damaged line(s) of meeting ${id} were skipped.`);
    }
    this.keep(id, loaded.value.fold);
    return ok(loaded.value.fold);
  }

  /** The latest meeting recorded in `channel`, as a view, or null when there is none. */
  latestView(channel: string): Result<MeetingView | null> {
    const key = channelKey(channel);
    const latest = this.store
      .meetings()
      .filter((m) => channelKey(m.channel) === key)
      .reduce<MeetingIndexEntry | null>(
        (a, m) => (a === null || m.startedAt >= a.startedAt ? m : a),
        null,
      );
    if (!latest) return ok(null);
    const fold = this.fold(latest.id);
    if (!fold.ok) return fold;
    return ok(projectView(fold.value, latest.id, this.store.names(channel)));
  }

  private keep(id: string, fold: MeetingFold): void {
    this.folds.delete(id);
    this.folds.set(id, fold);
    for (const old of this.folds.keys()) {
      if (this.folds.size <= KEPT) break;
      this.folds.delete(old);
    }
  }
}

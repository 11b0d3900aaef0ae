import type { Payload } from '../../../shared/ipc/schemas';
import { ok, type Result } from '../../../shared/ipc/result';
import {
  createSearchIndex,
  type PreparedMeeting,
  type SearchIndex,
  type SearchQuery,
  type SearchResult,
} from '../../../shared/search/index';
import type { Clock, TimerHandle } from '../clock';
import type { MeetingChanges } from '../history/meeting-changes';
import type { MeetingEditor } from '../meetings/edits/meeting-editor';
import { isPracticeChannel } from '../practice/practice-channel';
import type { LibraryStore } from '../store/library-store';
import type { CoreDeps } from '../types';
import { journalStamp, KeptIndex, keptIndexPath, type Stamps } from './kept-index';
import { searchDocument } from './search-document';

/** What the search service is built on. */
export interface SearchDeps {
  library: LibraryStore;
  editor: MeetingEditor;
  changes: MeetingChanges;
  clock: Clock;
  /** The data folder: its journals are read, and the index is kept there. */
  dataDir: string;
  progress: (payload: Payload<'search:progress'>) => void;
  log: CoreDeps['log'];
}

// Meetings read between two looks at the event loop (and two progress reports).
const SLICE = 25;
// How long after a meeting of the record changed the index is brought up to date and saved.
// Saving a large index holds the main process for a moment, and a later save (or none, after a
// crash) costs nothing but reading the meetings that changed since at the next start.
export const SAVE_AFTER_MS = 30_000;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Full-text search across every meeting of the library (practice runs left out). The index is
 * kept in the data folder: on the first query it is loaded, and only the meetings whose journal
 * changed since (or that it lacks) are read, a slice at a time with `search:progress` between
 * them, so Gavel stays responsive. Without a usable kept index every meeting is read. Afterwards
 * each meeting that changed is read again before the next query, and a change to a meeting of
 * the record (recorded, imported, marked) is saved within `SAVE_AFTER_MS`, and on close.
 */
export class SearchService {
  private index: SearchIndex = createSearchIndex();
  private readonly kept: KeptIndex;
  private readonly stamps: Stamps = new Map();
  private readonly stale = new Set<string>();
  private readonly stopListening: () => void;
  private opening: Promise<void> | null = null;
  private opened = false;
  private closed = false;
  private refreshing: Promise<void> | null = null;
  // Words of imported meetings indexed as they uploaded, until the meeting is first read.
  private readonly prepared = new Map<string, PreparedMeeting>();
  private unsaved = false;
  private saveTimer: TimerHandle | null = null;

  constructor(private readonly deps: SearchDeps) {
    this.kept = new KeptIndex(keptIndexPath(deps.dataDir));
    this.stopListening = deps.changes.subscribe((change) => {
      this.stale.add(change.meetingId);
      if (this.opened && !change.live) this.saveSoon();
    });
  }

  /** The hits of `query`, with how many meetings were searched. */
  async query(query: SearchQuery): Promise<Result<SearchResult & { meetings: number }>> {
    this.opening ??= this.open();
    await this.opening;
    for (const id of [...this.stale]) this.read(id);
    return ok({ ...this.index.search(query), meetings: this.index.stats().meetings });
  }

  /**
   * Takes in a meeting just imported on the next turn ({@link refreshSoon}), with the words of
   * its lines when they were indexed as it uploaded, so they are not read again.
   */
  imported(meetingId: string, words: PreparedMeeting | null): void {
    if (words) this.prepared.set(meetingId, words);
    this.refreshSoon();
  }

  /**
   * Brings the index up to date on the next turn of the event loop (loading it first when no
   * query has yet): an import asks for this, as the meeting it stored is likely searched next,
   * so the meeting is read while the window shows the import, not when the search is asked.
   */
  refreshSoon(): void {
    this.refreshing ??= new Promise<void>((resolve) => setImmediate(resolve))
      .then(async () => {
        if (this.closed) return;
        this.opening ??= this.open();
        await this.opening;
        if (!this.closed) for (const id of [...this.stale]) this.read(id);
      })
      .catch((err: unknown) =>
        this.deps.log('warn', 'The search index could not be brought up to date', err),
      )
      .finally(() => (this.refreshing = null));
  }

  /** Stops listening and saves what changed since the last save. */
  close(): void {
    this.closed = true;
    this.stopListening();
    if (this.saveTimer !== null) this.deps.clock.clearTimeout(this.saveTimer);
    this.saveTimer = null;
    if (this.opened && (this.unsaved || this.stale.size > 0)) this.save();
    this.prepared.clear();
  }

  private async open(): Promise<void> {
    const loaded = this.kept.load();
    if (loaded.kind === 'kept') {
      this.index = createSearchIndex(loaded.snapshot);
      for (const [id, stamp] of loaded.stamps) this.stamps.set(id, stamp);
    } else if (loaded.kind === 'unusable') {
      this.deps.log('warn', `The search index is built again: ${loaded.reason}`);
    }
    const ids = this.deps.library.meetings().map((m) => m.id);
    const known = new Set(ids);
    for (const id of [...this.stamps.keys()]) if (!known.has(id)) this.forget(id);
    const changed = ids.filter(
      (id) => this.stale.has(id) || this.stamps.get(id) !== journalStamp(this.deps.dataDir, id),
    );
    for (let done = 0; done < changed.length; done += SLICE) {
      for (const id of changed.slice(done, done + SLICE)) this.read(id);
      if (done + SLICE < changed.length) {
        this.deps.progress({ done: done + SLICE, total: changed.length });
        await nextTurn();
      }
    }
    this.deps.progress({ done: changed.length, total: changed.length });
    this.opened = true;
    if (this.unsaved) this.saveSoon();
  }

  // (Re)indexes one meeting; one that cannot be read is left out of the results.
  private read(id: string): void {
    this.stale.delete(id);
    const words = this.prepared.get(id);
    this.prepared.delete(id);
    this.unsaved = true;
    // Stamped before reading, so a journal that grows meanwhile is read again next time.
    const stamp = journalStamp(this.deps.dataDir, id);
    const fold = this.deps.editor.fold(id);
    if (!fold.ok) {
      this.forget(id);
      this.deps.log('warn', `Meeting ${id} is left out of the search: ${fold.error.message}`);
      return;
    }
    if (stamp !== null) this.stamps.set(id, stamp);
    if (isPracticeChannel(fold.value.start.channel)) this.index.remove(id);
    else this.index.add(searchDocument(id, fold.value), words);
  }

  private forget(id: string): void {
    this.prepared.delete(id);
    this.index.remove(id);
    this.stamps.delete(id);
    this.unsaved = true;
  }

  private saveSoon(): void {
    if (this.saveTimer !== null) return;
    this.saveTimer = this.deps.clock.setTimeout(() => {
      this.saveTimer = null;
      this.save();
    }, SAVE_AFTER_MS);
  }

  // Brings the index up to date and keeps it; a failure only costs reading journals next start.
  private save(): void {
    for (const id of [...this.stale]) this.read(id);
    try {
      this.kept.save(this.index.snapshot(), this.stamps);
      this.unsaved = false;
    } catch (err) {
      this.deps.log('warn', `The search index could not be kept: ${(err as Error).message}`);
    }
  }
}

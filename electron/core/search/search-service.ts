import type { Payload } from '../../../shared/ipc/schemas';
import { ok, type Result } from '../../../shared/ipc/result';
import {
  createSearchIndex,
  type SearchQuery,
  type SearchResult,
} from '../../../shared/search/index';
import type { MeetingChanges } from '../history/meeting-changes';
import type { MeetingEditor } from '../meetings/edits/meeting-editor';
import { isPracticeChannel } from '../practice/practice-channel';
import type { LibraryStore } from '../store/library-store';
import type { CoreDeps } from '../types';
import { searchDocument } from './search-document';

/** What the search service is built on. */
export interface SearchDeps {
  library: LibraryStore;
  editor: MeetingEditor;
  changes: MeetingChanges;
  progress: (payload: Payload<'search:progress'>) => void;
  log: CoreDeps['log'];
}

// Meetings read between two looks at the event loop (and two progress reports).
const SLICE = 25;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Full-text search across every meeting of the library (practice runs left out). The index is
 * built on the first query, a slice of meetings at a time with `search:progress` between them,
 * so Gavel stays responsive; afterwards each meeting that changed is read again before the
 * next query.
 */
export class SearchService {
  private readonly index = createSearchIndex();
  private readonly stale = new Set<string>();
  private building: Promise<void> | null = null;

  constructor(private readonly deps: SearchDeps) {
    deps.changes.subscribe((change) => this.stale.add(change.meetingId));
  }

  /** The hits of `query`, with how many meetings were searched. */
  async query(query: SearchQuery): Promise<Result<SearchResult & { meetings: number }>> {
    this.building ??= this.build();
    await this.building;
    for (const id of [...this.stale]) this.read(id);
    return ok({ ...this.index.search(query), meetings: this.index.stats().meetings });
  }

  private async build(): Promise<void> {
    const ids = this.deps.library.meetings().map((m) => m.id);
    for (let done = 0; done < ids.length; done += SLICE) {
      for (const id of ids.slice(done, done + SLICE)) this.read(id);
      if (done + SLICE < ids.length) {
        this.deps.progress({ done: done + SLICE, total: ids.length });
        await nextTurn();
      }
    }
    this.deps.progress({ done: ids.length, total: ids.length });
  }

  // (Re)indexes one meeting; one that cannot be read is left out of the results.
  private read(id: string): void {
    this.stale.delete(id);
    const fold = this.deps.editor.fold(id);
    if (!fold.ok) {
      this.index.remove(id);
      this.deps.log('warn', `Meeting ${id} is left out of the search: ${fold.error.message}`);
      return;
    }
    if (isPracticeChannel(fold.value.start.channel)) return;
    this.index.add(searchDocument(id, fold.value));
  }
}

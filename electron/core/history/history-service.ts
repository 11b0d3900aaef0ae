import type { TranscriptLine } from '../../../shared/domain/line';
import type {
  HistoryEntry,
  MarkView,
  MeetingSource,
} from '../../../shared/ipc/after-meeting-schemas';
import type { AgendaNode, MeetingView } from '../../../shared/ipc/meeting-schemas';
import { ok, type Result } from '../../../shared/ipc/result';
import type { MeetingEditor } from '../meetings/edits/meeting-editor';
import { channelKey, type LibraryStore } from '../store/library-store';
import { sourceOf, summaryOf, summaryOfEntry } from './history-summary';
import type { MeetingChanges } from './meeting-changes';
import { linesAfter } from './transcript-page';

/** A meeting opened from the history. */
export interface OpenedMeeting {
  view: MeetingView;
  readOnly: boolean;
  source: MeetingSource;
  format: string | null;
  marks: MarkView[];
  lineCount: number;
  lastSeq: number;
  /** The agenda the meeting followed: an imported page's, or the channel's as last journaled. */
  agenda: AgendaNode[];
}

/**
 * The meetings of the meeting index as the history shows them. Each ended meeting's summary is
 * worked out from its journal once and kept until the meeting changes; live ones are read
 * afresh each time.
 */
export class HistoryService {
  private readonly summaries = new Map<string, HistoryEntry>();

  constructor(
    private readonly library: LibraryStore,
    private readonly editor: MeetingEditor,
    changes: MeetingChanges,
  ) {
    changes.subscribe((change) => this.summaries.delete(change.meetingId));
  }

  /** Every meeting (one channel's with `channel`), newest first. */
  list(channel?: string): HistoryEntry[] {
    const key = channel === undefined ? null : channelKey(channel);
    return this.library
      .meetings()
      .filter((m) => key === null || channelKey(m.channel) === key)
      .map((entry) => {
        const kept = this.summaries.get(entry.id);
        if (kept) return kept;
        const fold = this.editor.fold(entry.id);
        if (!fold.ok) return summaryOfEntry(entry);
        const summary = summaryOf(fold.value, this.editor.view(entry.id, fold.value));
        if (summary.status === 'ended') this.summaries.set(entry.id, summary);
        return summary;
      })
      .sort((a, b) => b.startedAt - a.startedAt || (a.id < b.id ? 1 : -1));
  }

  /** Meeting `id` to read: read-only unless it is live. */
  open(id: string): Result<OpenedMeeting> {
    const fold = this.editor.fold(id);
    if (!fold.ok) return fold;
    const { lines, marks } = fold.value;
    const view = this.editor.view(id, fold.value);
    return ok({
      view,
      readOnly: view.status !== 'live',
      source: sourceOf(fold.value),
      format: fold.value.source?.format ?? null,
      marks: marks.map(({ id: markId, seq, as, text }) => ({ id: markId, seq, as, text })),
      lineCount: lines.length,
      lastSeq: lines.at(-1)?.line.seq ?? 0,
      agenda: fold.value.agenda,
    });
  }

  /** Up to `limit` transcript lines of meeting `id` after `afterSeq`. */
  lines(
    id: string,
    afterSeq: number,
    limit: number,
  ): Result<{ lines: TranscriptLine[]; more: boolean }> {
    const fold = this.editor.fold(id);
    if (!fold.ok) return fold;
    return ok(linesAfter(fold.value.lines, afterSeq, limit));
  }
}

import type { ImportedTable } from '../../../shared/domain/imported';
import type { ImportOutcome } from '../../../shared/ipc/after-meeting-schemas';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import type { Payload } from '../../../shared/ipc/schemas';
import type { PreparedMeeting } from '../../../shared/search/prepared-meeting';
import { zoneFromSchedules } from '../../../shared/formats/importers/common/schedule-zone';
import { importTableParts } from '../../../shared/formats/importers/import-log';
import type { Clock } from '../clock';
import type { MeetingChanges } from '../history/meeting-changes';
import type { MeetingEditor } from '../meetings/edits/meeting-editor';
import type { MeetingFold } from '../meetings/fold/meeting-fold';
import { newMeetingId } from '../meetings/live/meeting-id';
import { channelKey, type LibraryStore } from '../store/library-store';
import { storeImported } from './store-imported';
import { UploadReading } from './upload-reading';
import { ImportUploads, UPLOAD_IDLE_MS, type Upload, type UploadRequest } from './upload';

/** What `import:finish` may add to what `import:begin` said. */
export interface FinishRequest {
  importId: string;
  timeZone?: string;
  channel?: string;
  date?: string;
}

/** What the import service is built on. */
export interface ImportDeps {
  clock: Clock;
  dataDir: string;
  library: LibraryStore;
  editor: MeetingEditor;
  changes: MeetingChanges;
  /** Keeps a stored meeting's fold where the library looks first, so it is not read back. */
  remember: (meeting: { id: string; fold: MeetingFold }) => void;
  progress: (payload: Payload<'import:progress'>) => void;
  /**
   * Told once a meeting is stored, before the import answers, with the words of its lines when
   * they were indexed as it uploaded: the search takes it in on the next turn (after the
   * answer), while the window shows the import.
   */
  stored?: (meetingId: string, words: PreparedMeeting | null) => void;
  newId?: () => string;
}

/** What the log leaves open that the user should say: the zone of its times, and its day. */
export function missingInput(log: ImportedTable): { needsTimeZone: boolean; needsDate: boolean } {
  const { table } = log;
  let timed = false;
  let placed = false;
  for (let i = 0; i < table.length && !placed; i++) {
    timed ||= table.time(i) !== '';
    placed = table.at(i) !== null;
  }
  return {
    needsTimeZone: timed && !placed && log.timeZone === null,
    needsDate: !placed && log.date === null && log.scheduledAt == null,
  };
}

/**
 * Imports a log uploaded in parts: reads it with the importers (any supported format) as the
 * parts arrive where the importer can (refusing a file that is no log at the part that shows
 * it), asks for the zone or the day when the log does not say them, and stores it as an ended
 * meeting that the history, the search and the exports see like any other. `import:progress`
 * follows the upload, the reading, and the end.
 */
export class ImportService {
  readonly uploads: ImportUploads;
  private readonly reading = new Set<string>();
  private readonly asUploaded = new UploadReading();

  constructor(private readonly deps: ImportDeps) {
    this.uploads = new ImportUploads(
      deps.clock,
      (importId, received, size) => deps.progress({ importId, received, size, phase: 'upload' }),
      deps.newId,
      UPLOAD_IDLE_MS,
      this.asUploaded.judge,
    );
  }

  /** Starts an upload. */
  begin(request: UploadRequest): Result<{ importId: string; chunkBytes: number }> {
    return this.uploads.begin(request);
  }

  /** Reads the uploaded log and stores it, or says what must be known first. */
  async finish(request: FinishRequest): Promise<Result<ImportOutcome>> {
    const found = this.uploads.complete(request.importId);
    if (!found.ok) return found;
    if (this.reading.has(request.importId)) {
      return fail('import-busy', 'That import is being read already.');
    }
    this.reading.add(request.importId);
    try {
      // One turn of the event loop, so the window hears "reading" before the work starts.
      this.deps.progress({ ...this.progressOf(found.value), phase: 'parse' });
      await new Promise<void>((resolve) => setImmediate(resolve));
      const still = this.uploads.complete(request.importId);
      return still.ok ? this.read(still.value, request) : still;
    } finally {
      this.reading.delete(request.importId);
    }
  }

  private progressOf(upload: Upload) {
    return { importId: upload.id, received: upload.received, size: upload.size };
  }

  /** The UTC starts that the channel's imported meeting pages state, newest meeting first. */
  private scheduledStarts(channel: string): number[] {
    const key = channelKey(channel);
    const starts: number[] = [];
    const meetings = this.deps.library.meetings().filter((m) => channelKey(m.channel) === key);
    for (const entry of meetings.sort((a, b) => b.startedAt - a.startedAt)) {
      const fold = this.deps.editor.fold(entry.id);
      const at = fold.ok ? fold.value.source?.scheduledAt : null;
      if (at != null) starts.push(at);
    }
    return starts;
  }

  private read(upload: Upload, request: FinishRequest): Result<ImportOutcome> {
    const parts = upload.text.end();
    const options = {
      format: upload.format,
      channel: request.channel ?? upload.channel,
      date: request.date,
      timeZone: request.timeZone ?? upload.timeZone,
    };
    let imported = this.asUploaded.read(upload, options);
    let words = this.asUploaded.wordsOf(upload);
    if (!imported.ok) return fail(imported.error.code, `${upload.name}: ${imported.error.message}`);
    // A log kept in local time (a Kamailio chat-log page) whose channel's meeting page, already
    // imported, states the meeting's UTC start: the zone follows from it, so nobody is asked.
    if (missingInput(imported.value).needsTimeZone) {
      const channel = options.channel ?? imported.value.channel;
      const zone = channel
        ? zoneFromSchedules(imported.value, this.scheduledStarts(channel))
        : null;
      if (zone !== null) {
        imported = importTableParts(parts, { ...options, timeZone: zone });
        words = null;
      }
      if (!imported.ok)
        return fail(imported.error.code, `${upload.name}: ${imported.error.message}`);
    }
    const log = imported.value;
    if (log.table.length === 0) {
      return fail(
        'no-transcript',
        `${upload.name} holds an agenda but no transcript: import it as the agenda of a meeting instead.`,
      );
    }
    // A channel the user gives wins over the one the log names; with neither, Gavel asks.
    const named = request.channel ?? upload.channel ?? log.channel;
    const missing = { ...missingInput(log), needsChannel: !named };
    if (missing.needsTimeZone || missing.needsDate || !named) {
      return ok({
        status: 'needs-input',
        ...missing,
        detectedFormat: log.format,
        channel: log.channel,
        lines: log.table.length,
      });
    }
    const now = this.deps.clock.now();
    const id = newMeetingId(named, now);
    const stored = storeImported(this.deps.dataDir, this.deps.library, {
      id,
      log,
      fileName: upload.name,
      channel: named,
      now,
    });
    if (!stored.ok) return stored;
    this.uploads.finish(upload.id);
    const { fold, entry } = stored.value;
    this.deps.remember({ id, fold });
    this.deps.progress({ ...this.progressOf(upload), phase: 'done' });
    this.deps.changes.touch({ meetingId: id, channel: named, live: false });
    this.deps.stored?.(id, words);
    return ok({
      status: 'imported',
      meetingId: id,
      channel: entry.channel,
      title: entry.title,
      lines: log.table.length,
      format: log.format,
    });
  }

  /**
   * Drops an upload under way (or waiting for details): nothing of it is stored. False when it
   * had ended, its meeting stored or its file refused; a reading stores in one go, so a cancel
   * comes before it starts (and stops it) or after it has ended.
   */
  cancel(importId: string): { cancelled: boolean } {
    return { cancelled: this.uploads.cancel(importId) };
  }

  /** Drops every upload. */
  close(): void {
    this.uploads.clear();
  }
}

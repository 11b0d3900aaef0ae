import { fail, ok, type Result } from '../../../shared/ipc/result';
import { MeetingFold } from '../meetings/fold/meeting-fold';
import { journalPath } from '../meetings/record/meeting-journal';
import type { MeetingRecord, StartBody } from '../meetings/record/records';
import type { MeetingIndexEntry } from '../store/library';
import type { LibraryStore } from '../store/library-store';
import { importedRecords, type ImportedMeeting } from './imported-records';
import { writeJournal } from './write-journal';

/**
 * Stores an imported meeting like any other: its journal (`meetings/<id>/journal.jsonl`, written
 * whole and atomically, in large appends) and its index entry, status `ended`. A log that never
 * ends its meeting is closed at its last line. Returns the meeting as its journal folds, and the
 * entry the history lists it by.
 */
export function storeImported(
  dataDir: string,
  library: LibraryStore,
  meeting: ImportedMeeting,
): Result<{ fold: MeetingFold; entry: MeetingIndexEntry }> {
  const records = importedRecords(meeting);
  const start = records.next().value as MeetingRecord & StartBody;
  const fold = new MeetingFold(start);
  // Each record is folded as it is written, then let go: no array of every record is built, and
  // the fold keeps only what it needs of each (a line's record keeps its line).
  function* folded(): Generator<MeetingRecord> {
    yield start;
    let last: MeetingRecord = start;
    for (const record of records) {
      fold.apply(record);
      yield (last = record);
    }
    if (fold.ended) return;
    const end: MeetingRecord = { i: last.i + 1, at: last.at, t: 'end' };
    fold.apply(end);
    yield end;
  }
  try {
    writeJournal(journalPath(dataDir, meeting.id), folded());
  } catch (err) {
    return fail(
      'meeting-not-saved',
      `Gavel could not save the imported meeting: ${(err as Error).message}`,
    );
  }
  const entry: MeetingIndexEntry = {
    id: meeting.id,
    channel: meeting.channel,
    title: fold.engine.meetingTopic ?? meeting.log.title,
    startedAt: fold.startedAt,
    endedAt: fold.endedAt,
    status: 'ended',
  };
  const indexed = library.putMeeting(entry);
  return indexed.ok ? ok({ fold, entry }) : indexed;
}

import { join } from 'node:path';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import { writeFilesAtomically } from '../export/write-files';
import type { MeetingFold } from '../meetings/fold/meeting-fold';
import { foldRecords } from '../meetings/record/meeting-loader';
import type { LibraryStore } from '../store/library-store';
import { importedRecords, type ImportedMeeting } from './imported-records';

/**
 * Stores an imported meeting like any other: its journal (`meetings/<id>/journal.jsonl`,
 * written whole and atomically) and its index entry, status `ended`. A log that never ends its
 * meeting is closed at its last line. Returns the meeting as its journal folds.
 */
export function storeImported(
  dataDir: string,
  library: LibraryStore,
  meeting: ImportedMeeting,
): Result<MeetingFold> {
  const records = importedRecords(meeting);
  const fold = foldRecords(records);
  if (!fold.ended) {
    const last = records.at(-1)!;
    records.push({ i: last.i + 1, at: last.at, t: 'end' });
    fold.apply(records.at(-1)!);
  }
  const text = records.map((r) => `${JSON.stringify(r)}\n`).join('');
  try {
    writeFilesAtomically(join(dataDir, 'meetings', meeting.id), new Map([['journal.jsonl', text]]));
  } catch (err) {
    return fail(
      'meeting-not-saved',
      `Gavel could not save the imported meeting: ${(err as Error).message}`,
    );
  }
  const indexed = library.putMeeting({
    id: meeting.id,
    channel: meeting.channel,
    title: fold.engine.meetingTopic ?? meeting.log.title,
    startedAt: fold.startedAt,
    endedAt: fold.endedAt,
    status: 'ended',
  });
  return indexed.ok ? ok(fold) : indexed;
}

import { fail, ok, type Result } from '../../../../shared/ipc/result';
import { MeetingFold } from '../fold/meeting-fold';
import { journalPath, replayJournal } from './meeting-journal';
import type { MeetingRecord, StartBody } from './records';

/** A meeting rebuilt from its journal, with the records it was rebuilt from. */
export interface LoadedMeeting {
  fold: MeetingFold;
  records: MeetingRecord[];
  /** Journal lines that were damaged and left out. */
  skipped: number;
}

/** Folds replayed records (the first is the start record) into a meeting. */
export function foldRecords(records: readonly MeetingRecord[]): MeetingFold {
  const [first, ...rest] = records;
  const fold = new MeetingFold(first as MeetingRecord & StartBody);
  fold.replay(rest);
  return fold;
}

/** Rebuilds the meeting `id` from its journal under `dataDir`; an error value says why it could not. */
export function loadMeeting(dataDir: string, id: string): Result<LoadedMeeting> {
  const replay = replayJournal(journalPath(dataDir, id));
  if (!replay.ok) return replay;
  const { records, skipped } = replay.value;
  if (records[0]?.t !== 'start' || records[0].id !== id) {
    return fail('journal-unreadable', `The journal of meeting ${id} belongs to another meeting.`);
  }
  return ok({ fold: foldRecords(records), records, skipped });
}

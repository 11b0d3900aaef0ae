import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fail, ok, type Result } from '../../../../shared/ipc/result';
import { Journal, type JournalOptions } from '../../journal/journal';
import { readJournal } from '../../journal/read-journal';
import { JOURNAL_FORMAT, upgradeJournal } from './journal-format';
import { recordJson } from './record-json';
import { MeetingRecord, type RecordBody } from './records';

/** Where a meeting's journal lives: `<dataDir>/meetings/<id>/journal.jsonl`. */
export function journalPath(dataDir: string, id: string): string {
  return join(dataDir, 'meetings', id, 'journal.jsonl');
}

/** A journal read back: its valid records in order, and how many lines had to be skipped. */
export interface Replay {
  records: MeetingRecord[];
  skipped: number;
}

/**
 * Reads a meeting's journal. A torn last line is ignored; a complete line that is not a valid
 * record is skipped and counted. A journal that cannot be read, or does not begin with the
 * meeting's start record, is an error value.
 */
export function replayJournal(path: string): Result<Replay> {
  let contents;
  try {
    contents = readJournal(path);
  } catch (err) {
    return fail(
      'journal-unreadable',
      `The meeting journal ${path} could not be read: ${(err as Error).message}`,
    );
  }
  const current = upgradeJournal(path, contents.records);
  if (!current.ok) return current;
  const records: MeetingRecord[] = [];
  let skipped = contents.skipped;
  for (const raw of current.value) {
    const parsed = MeetingRecord.safeParse(raw);
    if (parsed.success) records.push(parsed.data);
    else skipped++;
  }
  if (records[0]?.t !== 'start') {
    return fail('journal-unreadable', `The meeting journal ${path} does not start with a meeting.`);
  }
  return ok({ records, skipped });
}

/**
 * A meeting's journal open for appending: records are numbered on from `nextI`, and each is on
 * disk within the journal's batching delay (group commit, well under 100 ms).
 */
export class MeetingJournal {
  private constructor(
    private readonly journal: Journal,
    private nextI: number,
  ) {}

  /** Opens (creating folders as needed) the journal at `path`; an error value says why not. */
  static open(path: string, nextI = 1, options?: JournalOptions): Result<MeetingJournal> {
    try {
      mkdirSync(join(path, '..'), { recursive: true });
      return ok(
        new MeetingJournal(new Journal(path, { ...options, stringify: recordJson }), nextI),
      );
    } catch (err) {
      return fail(
        'meeting-not-saved',
        `Gavel could not save the meeting: ${(err as Error).message}`,
      );
    }
  }

  /** Numbers and stamps `body`, queues it, and returns the record with when it is on disk. */
  append(body: RecordBody, at: number): { record: MeetingRecord; written: Promise<void> } {
    const stamp = body.t === 'start' ? { v: JOURNAL_FORMAT } : {};
    const record = { i: this.nextI++, at, ...body, ...stamp } as MeetingRecord;
    return { record, written: this.journal.append(record) };
  }

  /** Writes what is queued and closes the file. */
  close(): void {
    this.journal.close();
  }
}

import { fail, ok, type Result } from '../../../../shared/ipc/result';

/**
 * The format of a meeting journal, carried by its start record as `v`.
 *
 * - Format 1: what Gavel 0.1 wrote; the start record has no `v`.
 * - Format 2: the same records, the start record says `v: 2`.
 * - Format 3: the record of an agenda entry taken as a topic is `agenda-topic` (was `link`).
 * - Format 4: adds `members`, who was in the channel when the meeting started.
 *
 * A change to any record's shape adds the next format: bump `JOURNAL_FORMAT` and add an upgrade
 * from the previous one to `UPGRADES`, so a journal of any earlier format is read as the current
 * one instead of its changed records being skipped as invalid.
 */
export const JOURNAL_FORMAT = 4;

type Raw = Record<string, unknown>;

/** Rewrites one raw record of format N (the key) into format N + 1. */
const UPGRADES: Record<number, (record: Raw) => Raw> = {
  1: (record) => (record.t === 'start' ? { ...record, v: 2 } : record),
  2: (record) =>
    record.t === 'start'
      ? { ...record, v: 3 }
      : record.t === 'link'
        ? { ...record, t: 'agenda-topic' }
        : record,
  3: (record) => (record.t === 'start' ? { ...record, v: 4 } : record),
};

const isRecord = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The format a journal's records are in: its start record's `v`, 1 when absent. */
export function journalFormat(records: readonly unknown[]): number {
  const start = records[0];
  if (!isRecord(start) || start.t !== 'start' || start.v === undefined) return 1;
  return typeof start.v === 'number' && Number.isInteger(start.v) && start.v > 0 ? start.v : NaN;
}

/**
 * A journal's raw records in the current format, upgraded step by step from the format its start
 * record names. A journal from a newer Gavel (or naming no format it knows) is an error value
 * saying so, never read half-understood. Records that are not objects are left for the caller
 * to skip.
 */
export function upgradeJournal(path: string, records: unknown[]): Result<unknown[]> {
  const format = journalFormat(records);
  if (!(format <= JOURNAL_FORMAT)) {
    return fail(
      'journal-too-new',
      `The meeting journal ${path} was written by a newer version of Gavel ` +
        `(format ${String(records[0] && (records[0] as Raw).v)}); update Gavel to open it.`,
    );
  }
  let upgraded = records;
  for (let from = format; from < JOURNAL_FORMAT; from++) {
    const step = UPGRADES[from]!;
    upgraded = upgraded.map((r) => (isRecord(r) ? step(r) : r));
  }
  return ok(upgraded);
}

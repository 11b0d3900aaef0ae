import type { ImportOutcome } from '../../../../shared/ipc/after-meeting-schemas';

/** What the log does not say and the user is asked for. */
export type NeedsInput = Extract<ImportOutcome, { status: 'needs-input' }>;

/** What `import:begin` is told besides the file. */
export interface BeginOptions {
  format?: string;
  timeZone?: string;
  channel?: string;
}

/** What the "A few details" step adds on `import:finish`. */
export interface FinishDetails {
  timeZone?: string;
  date?: string;
  channel?: string;
}

/** The work under way: starting, sending the parts, the core reading the log, or done. */
export interface ImportProgress {
  phase: 'starting' | 'upload' | 'parse' | 'done';
  sent: number;
  size: number;
}

/** What the dialog shows: the form, the details the log leaves open, or the imported meeting. */
export type ImportScreen =
  | { kind: 'form' }
  | { kind: 'details'; ask: NeedsInput; fileName: string }
  | { kind: 'imported'; meetingId: string; message: string };

/** One import from pressing "Import" until it is imported, cancelled or abandoned. */
export interface ImportRun {
  file: File;
  begin: BeginOptions;
  importId: string | null;
  cancelled: boolean;
  /**
   * An `import:finish` is on its way and not answered yet: the core reads and stores the log in
   * one go, so from then until the answer the import can no longer be cancelled. Set with the
   * progress's `parse` phase ({@link canCancel} for what is shown), but at once, for a Cancel
   * pressed before the window shows that phase.
   */
  finishing: boolean;
  /** The details step's question, once the core asked it. */
  ask: NeedsInput | null;
}

/**
 * True while the import can still be cancelled: until the whole log is sent. From then on the
 * core reads and stores it in one go, and the dialog waits for what the reading gives.
 */
export function canCancel(progress: ImportProgress): boolean {
  return progress.phase === 'starting' || progress.phase === 'upload';
}

const RANK: Record<ImportProgress['phase'], number> = { starting: 0, upload: 1, parse: 2, done: 3 };

/**
 * The progress after a report of `phase` with `received` bytes: it only moves forward, so a late
 * upload report cannot take "Reading the log…" back to "Uploading".
 */
export function advance(
  progress: ImportProgress,
  phase: ImportProgress['phase'],
  received: number,
): ImportProgress {
  return {
    ...progress,
    phase: RANK[phase] > RANK[progress.phase] ? phase : progress.phase,
    sent: Math.min(progress.size, Math.max(progress.sent, received)),
  };
}

/** A `YYYY-MM-DD` date in a file name (`meet.2024-05-01-13.00.log.txt`), or ''. */
export function dateInName(name: string): string {
  const found = /(\d{4})-(\d{2})-(\d{2})/.exec(name);
  if (!found) return '';
  const [, y, m, d] = found.map(Number) as [number, number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  return day.getUTCMonth() === m - 1 && day.getUTCDate() === d ? found[0] : '';
}

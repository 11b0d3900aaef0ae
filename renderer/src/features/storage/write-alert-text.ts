import type { WriteProblem } from '../../../../shared/ipc/storage-schemas';
import { clockTime } from '../../time/format-time';

/** What the alert says of one failing write: what is not saved, what still is, what to do. */
export function writeProblemText(problem: WriteProblem, meetingName: string | null): string {
  const since = clockTime(problem.since);
  if (problem.kind === 'settings') {
    return (
      `Gavel cannot save its settings (${problem.reason}) since ${since}. ` +
      'Changes apply until Gavel stops, but are not kept.'
    );
  }
  const which = meetingName ? `the meeting ${meetingName}` : 'a meeting';
  const waiting = problem.unsaved === 1 ? '1 record is' : `${problem.unsaved} records are`;
  return (
    `Gavel cannot save ${which} to disk (${problem.reason}) since ${since}. ` +
    `Everything before then is saved; ${waiting} kept in memory only, and Gavel keeps retrying. ` +
    'If Gavel stops before it can write them, they are lost: export the meeting so far to keep a copy.'
  );
}

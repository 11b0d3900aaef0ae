import type { TranscriptLine } from '../../../shared/domain/line';
import type { JournalLine } from '../meetings/fold/meeting-fold';

/** The first position in `lines` (ascending by seq) holding a seq above `afterSeq`. */
function firstAfter(lines: readonly JournalLine[], afterSeq: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (lines[mid]!.line.seq <= afterSeq) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A page of a meeting's transcript: up to `limit` lines after `afterSeq`, in journal order, and
 * whether more follow. Pass the last line's seq as the next `afterSeq`.
 */
export function linesAfter(
  lines: readonly JournalLine[],
  afterSeq: number,
  limit: number,
): { lines: TranscriptLine[]; more: boolean } {
  const from = firstAfter(lines, afterSeq);
  const to = Math.min(lines.length, from + Math.max(0, limit));
  return { lines: lines.slice(from, to).map((l) => l.line), more: to < lines.length };
}

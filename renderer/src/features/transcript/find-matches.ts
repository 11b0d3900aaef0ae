import type { TranscriptLine } from '../../../../shared/domain/line';
import { findHaystack, findNeedle } from '../../../../shared/irc/find-text';

// Lines never change once received, so each line's searchable text is made once.
const searchable = new WeakMap<TranscriptLine, string>();

function searchText(line: TranscriptLine): string {
  let text = searchable.get(line);
  if (text === undefined) {
    text = findHaystack(line);
    searchable.set(line, text);
  }
  return text;
}

/** The positions of the lines whose nick or text contains `query`, ignoring case and formatting. */
export function findMatches(lines: readonly TranscriptLine[], query: string): number[] {
  const q = findNeedle(query);
  if (!q) return [];
  const found: number[] = [];
  for (let i = 0; i < lines.length; i++) if (searchText(lines[i]!).includes(q)) found.push(i);
  return found;
}

/** The position of the line numbered `seq` in `lines` (sorted by seq), or -1. */
export function indexOfSeq(lines: readonly TranscriptLine[], seq: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = lines[mid]!.seq;
    if (at === seq) return mid;
    if (at < seq) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

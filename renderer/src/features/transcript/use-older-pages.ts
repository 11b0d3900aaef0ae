import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { TranscriptLine } from '../../../../shared/domain/line';
import { indexOfSeq } from './find-matches';

// Within this distance of the top of what the window holds, the page before it is asked for.
const NEAR_TOP_PX = 400;

/**
 * Pages older lines in as the chair scrolls up: near the top of the lines held it calls
 * `loadOlder`, and when lines arrive before the first one the rows in view stay where they were
 * (the scroll position moves down by where the row that was first now starts, before the frame
 * is painted; the newest rows let go at the same time change nothing above the view). Returns
 * the scroller's scroll handler.
 */
export function useOlderPages(
  scrollRef: RefObject<HTMLElement | null>,
  lines: readonly TranscriptLine[],
  /** Where row `index` starts, in px from the top of the list. */
  startOf: (index: number) => number | undefined,
  loadOlder: () => Promise<void>,
): () => void {
  const first = lines[0]?.seq ?? 0;
  const before = useRef(first);
  useLayoutEffect(() => {
    const el = scrollRef.current;
    const was = before.current;
    before.current = first;
    if (!el || first <= 0 || first >= was) return;
    const start = startOf(indexOfSeq(lines, was));
    if (start !== undefined) el.scrollTop += start;
  }, [scrollRef, first, lines, startOf]);

  const nearTop = useCallback(() => {
    const el = scrollRef.current;
    if (el && el.scrollTop < NEAR_TOP_PX && el.scrollHeight > el.clientHeight) void loadOlder();
  }, [scrollRef, loadOlder]);
  // A page that arrives while the chair is still near the top is followed by the one before it.
  useEffect(() => nearTop(), [nearTop, first]);
  return nearTop;
}

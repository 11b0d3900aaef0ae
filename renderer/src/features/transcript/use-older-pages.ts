import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { TranscriptLine } from '../../../../shared/domain/line';

// Within this distance of the top of what the window holds, the page before it is asked for.
const NEAR_TOP_PX = 400;

/**
 * Pages older lines in as the chair scrolls up: near the top of the lines held it calls
 * `loadOlder`, and when lines arrive before the first one the rows in view stay where they were
 * (the scroll position moves down by the height the new rows add above them, before the frame is
 * painted). Returns the scroller's scroll handler.
 */
export function useOlderPages(
  scrollRef: RefObject<HTMLElement | null>,
  lines: readonly TranscriptLine[],
  totalPx: number,
  loadOlder: () => Promise<void>,
): () => void {
  const first = lines[0]?.seq ?? 0;
  const before = useRef({ first, totalPx });
  useLayoutEffect(() => {
    const el = scrollRef.current;
    const was = before.current;
    if (el && first > 0 && first < was.first) el.scrollTop += totalPx - was.totalPx;
    before.current = { first, totalPx };
  }, [scrollRef, first, totalPx]);

  const nearTop = useCallback(() => {
    const el = scrollRef.current;
    if (el && el.scrollTop < NEAR_TOP_PX && el.scrollHeight > el.clientHeight) void loadOlder();
  }, [scrollRef, loadOlder]);
  // A page that arrives while the chair is still near the top is followed by the one before it.
  useEffect(() => nearTop(), [nearTop, first]);
  return nearTop;
}

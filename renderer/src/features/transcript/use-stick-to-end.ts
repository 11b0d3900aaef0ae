import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { Virtualizer } from '@tanstack/react-virtual';

/**
 * Keeps the transcript at its last line while the chair is there: on first show, when lines
 * are added, and when the viewport changes size (a banner or the connect form appearing above
 * it). Once the chair scrolls up, nothing moves until they come back to the bottom.
 *
 * Done here rather than with the virtualizer's `anchorTo: 'end'`, which re-measures the whole
 * list for every row it measures: too slow for a 100,000-line meeting.
 */
export function useStickToEnd(
  scrollRef: RefObject<HTMLElement | null>,
  virtualizer: Pick<Virtualizer<HTMLElement, Element>, 'scrollToEnd'>,
  count: number,
  thresholdPx: number,
): void {
  const atEnd = useRef(true);

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const onScroll = () => {
      atEnd.current = el.scrollHeight - el.scrollTop - el.clientHeight <= thresholdPx;
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            if (atEnd.current) virtualizer.scrollToEnd();
          });
    observer?.observe(el);
    return () => {
      observer?.disconnect();
      el.removeEventListener('scroll', onScroll);
    };
  }, [scrollRef, virtualizer, thresholdPx]);

  useLayoutEffect(() => {
    if (atEnd.current && count > 0) virtualizer.scrollToEnd();
  }, [virtualizer, count]);
}

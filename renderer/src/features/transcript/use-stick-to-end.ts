import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Whether the transcript follows its newest line, and how to go back there. */
export interface StickToEnd {
  /** True while the chair is at the bottom and new lines scroll into view. */
  following: boolean;
  /** The newest line's seq when the chair scrolled up (for "N new lines"). */
  countWhenLeft: number;
  /** Scrolls to the newest line and follows again. */
  toEnd(): void;
  /** Stops following before the window scrolls up on its own (a jump to an older line). */
  leave(): void;
  /** Stays at the bottom if following: call it when the content has grown (rows measured). */
  keep(): void;
  /**
   * The scroller's keys: End (or Ctrl+End) is {@link toEnd}, so one press reaches the newest
   * line even when the rows it brings into view turn out taller than estimated.
   */
  onKeyDown(
    event: Pick<KeyboardEvent, 'key' | 'altKey' | 'shiftKey' | 'metaKey' | 'preventDefault'>,
  ): void;
}

/**
 * Keeps the transcript at its last line while the chair is there: on first show, whenever the
 * content grows (new lines, or rows measured taller than estimated) before the frame is painted,
 * and when the viewport changes size. Only the chair moving up stops it: content growing under
 * the view is not the chair leaving. Back at the bottom, it follows again.
 *
 * Done by setting the scroll position directly rather than with the virtualizer's `anchorTo`
 * or `scrollToEnd`, which re-measure or re-check over several frames: too slow for a burst of
 * lines in a 100,000-line meeting.
 */
export function useStickToEnd(
  scrollRef: RefObject<HTMLElement | null>,
  count: number,
  thresholdPx: number,
  /**
   * Called when the chair goes back to the newest line: stops any scroll still being carried
   * out for an earlier request (a virtualizer re-applying a jump as rows are measured would
   * otherwise take the view back up there when the next lines come).
   */
  takeOver: () => void = () => {},
): StickToEnd {
  const following = useRef(true);
  const lastTop = useRef(0);
  const countRef = useRef(count);
  const [left, setLeft] = useState<{ count: number } | null>(null);

  const toBottom = useCallback((el: HTMLElement) => {
    el.scrollTop = el.scrollHeight - el.clientHeight;
    lastTop.current = el.scrollTop;
  }, []);

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const onScroll = () => {
      const top = el.scrollTop;
      const atEnd = el.scrollHeight - top - el.clientHeight <= thresholdPx;
      const movedUp = top < lastTop.current - 1;
      lastTop.current = top;
      if (following.current && !atEnd && !movedUp) return toBottom(el);
      if (following.current === atEnd) return;
      following.current = atEnd;
      // A state change only when following starts or stops: scrolling itself renders nothing.
      setLeft(atEnd ? null : { count: countRef.current });
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => {
            if (following.current) toBottom(el);
          });
    observer?.observe(el);
    return () => {
      observer?.disconnect();
      el.removeEventListener('scroll', onScroll);
    };
  }, [scrollRef, thresholdPx, toBottom]);

  useLayoutEffect(() => {
    countRef.current = count;
    const el = scrollRef.current;
    if (el && following.current && count > 0) toBottom(el);
  }, [scrollRef, count, toBottom]);

  const toEnd = useCallback(() => {
    takeOver();
    following.current = true;
    setLeft(null);
    const el = scrollRef.current;
    if (el) toBottom(el);
  }, [scrollRef, toBottom, takeOver]);
  const leave = useCallback(() => {
    if (!following.current) return;
    following.current = false;
    setLeft({ count: countRef.current });
  }, []);
  const keep = useCallback(() => {
    const el = scrollRef.current;
    if (el && following.current) toBottom(el);
  }, [scrollRef, toBottom]);

  const onKeyDown = useCallback<StickToEnd['onKeyDown']>(
    (event) => {
      // The browser's own End scrolls to the bottom as it is now; the rows measured there then
      // grow the list, and it stopped following, so it took several presses to get there.
      if (event.key !== 'End' || event.altKey || event.shiftKey || event.metaKey) return;
      event.preventDefault();
      toEnd();
    },
    [toEnd],
  );

  return {
    following: left === null,
    countWhenLeft: left?.count ?? count,
    toEnd,
    leave,
    keep,
    onKeyDown,
  };
}

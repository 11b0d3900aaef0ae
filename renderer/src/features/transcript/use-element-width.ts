import { useLayoutEffect, useState, type RefObject } from 'react';

// Widths are rounded to this step so that a window being dragged wider does not re-estimate
// every row on every pixel.
const STEP_PX = 16;

/** The element's inner width, rounded down to 16px, kept current as it resizes. */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const read = () => setWidth(Math.floor(el.clientWidth / STEP_PX) * STEP_PX);
    read();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(read);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

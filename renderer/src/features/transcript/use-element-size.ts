import { useLayoutEffect, useState, type RefObject } from 'react';

// Sizes are rounded to this step so that a window being dragged larger does not re-estimate
// every row on every pixel.
const STEP_PX = 16;

/** An element's inner size in px, rounded down to 16px, kept current as it resizes. */
export interface ElementSize {
  width: number;
  height: number;
}

/** The element's inner width and height, rounded down to 16px, kept current as it resizes. */
export function useElementSize(ref: RefObject<HTMLElement | null>): ElementSize {
  const [size, setSize] = useState<ElementSize>({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const read = () => {
      const width = Math.floor(el.clientWidth / STEP_PX) * STEP_PX;
      const height = Math.floor(el.clientHeight / STEP_PX) * STEP_PX;
      setSize((old) => (old.width === width && old.height === height ? old : { width, height }));
    };
    read();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(read);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

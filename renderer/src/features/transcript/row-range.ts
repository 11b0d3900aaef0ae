import { defaultRangeExtractor, type Range, type Virtualizer } from '@tanstack/react-virtual';

// The shortest row is one 20px line; a few more rows cover one that is only partly in view.
const ROW_MIN_PX = 20;
const SPARE_ROWS = 4;

/** How many of the newest rows fill a viewport `heightPx` tall, at most. */
export function tailRows(heightPx: number): number {
  return Math.ceil(heightPx / ROW_MIN_PX) + SPARE_ROWS;
}

/**
 * The rows to render. While the transcript follows its newest line they are the last `tail`
 * rows, whatever the virtualizer's scroll position says: after new lines arrive that position is
 * a frame old, and rendering from it would draw rows about to scroll away and leave the new ones
 * for the next frame. Reading further up, it is the virtualizer's own range.
 */
export function rowRange(range: Range, following: boolean, tail: number): number[] {
  if (!following || range.count === 0) return defaultRangeExtractor(range);
  const from = Math.max(0, range.count - tail);
  return Array.from({ length: range.count - from }, (_, i) => from + i);
}

/**
 * A row's height from its ResizeObserver entry. On first sight (no entry yet) the cached or
 * estimated height stands in: reading the layout there would force one synchronous layout per
 * new row, which a burst of lines cannot afford; the observer reports the real height right after.
 */
export function measureRow(
  element: Element,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<HTMLDivElement, Element>,
): number {
  const box = entry?.borderBoxSize?.[0];
  if (box) return Math.round(box.blockSize);
  const index = instance.indexFromElement(element);
  return (
    instance.itemSizeCache.get(instance.options.getItemKey(index)) ??
    instance.options.estimateSize(index)
  );
}

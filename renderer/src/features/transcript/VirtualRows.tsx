import type { Virtualizer } from '@tanstack/react-virtual';
import type { ReactNode } from 'react';

/**
 * The rows of a virtualized transcript that are in view (and a few around them), each a
 * `listitem` placed by its offset and measured once drawn. They sit in a box of their own that
 * never changes size, so the list growing (the sizer's height) does not make the browser lay
 * every shown row out again.
 */
export function VirtualRows({
  virtualizer,
  count,
  row,
}: {
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  count: number;
  /** The content of row `index`. */
  row(index: number): ReactNode;
}) {
  return (
    <div className="transcript-sizer" style={{ height: virtualizer.getTotalSize() }}>
      <div className="transcript-rows">
        {virtualizer.getVirtualItems().map((item) => (
          <div
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            className="transcript-row"
            role="listitem"
            aria-posinset={item.index + 1}
            aria-setsize={count}
            style={{ transform: `translateY(${item.start}px)` }}
          >
            {row(item.index)}
          </div>
        ))}
      </div>
    </div>
  );
}

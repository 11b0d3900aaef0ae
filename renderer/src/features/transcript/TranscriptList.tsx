import { useCallback, useLayoutEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { TranscriptLine } from '../../../../shared/domain/line';
import { charsPerLine, estimateRowPx } from './row-estimate';
import { TranscriptRow } from './TranscriptRow';
import { useElementWidth } from './use-element-width';
import { useStickToEnd } from './use-stick-to-end';

// Within this distance of the bottom the chair counts as "at the bottom", and new lines follow.
const AT_END_PX = 32;

/**
 * The transcript's lines, virtualized: only rows near the viewport are in the DOM, so a
 * 100,000-line meeting scrolls like a short one. Rows are keyed by position, which is stable
 * because a transcript only grows; the pane remounts the list when it starts over.
 */
export function TranscriptList({ lines, label }: { lines: TranscriptLine[]; label: string }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const perLine = charsPerLine(useElementWidth(scrollRef));
  const estimateSize = useCallback(
    (index: number) => estimateRowPx(lines[index], perLine),
    [lines, perLine],
  );
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    overscan: 12,
    // Let React batch the re-renders that row measurements cause: synchronous ones would cost a
    // layout pass over the whole transcript for every newly shown row.
    useFlushSync: false,
  });

  // A new width re-flows every row: forget the measured heights and estimate again.
  useLayoutEffect(() => virtualizer.measure(), [virtualizer, perLine]);
  useStickToEnd(scrollRef, virtualizer, lines.length, AT_END_PX);

  return (
    // Focusable so the keyboard can scroll it; a list, not a live region, so screen readers are
    // not flooded during a busy meeting.
    <div ref={scrollRef} className="transcript-scroll" tabIndex={0} role="list" aria-label={label}>
      <div className="transcript-sizer" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => (
          <div
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            className="transcript-row"
            role="listitem"
            aria-posinset={item.index + 1}
            aria-setsize={lines.length}
            style={{ transform: `translateY(${item.start}px)` }}
          >
            <TranscriptRow line={lines[item.index]!} />
          </div>
        ))}
      </div>
    </div>
  );
}

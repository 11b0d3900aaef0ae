import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { TranscriptLine } from '../../../../shared/domain/line';
import { useActions, useAppState } from '../../app/AppContext';
import { countedSeqs, ignoredWhy } from './ignored-command';
import { charsPerLine, estimateRowPx } from './row-estimate';
import { measureRow, rowRange, tailRows } from './row-range';
import { TranscriptRow } from './TranscriptRow';
import { useElementSize } from './use-element-size';
import { useJump } from './use-jump';
import { useOlderPages } from './use-older-pages';
import { useStickToEnd } from './use-stick-to-end';
import { VirtualRows } from './VirtualRows';

// Within this distance of the bottom the chair counts as "at the bottom", and new lines follow.
const AT_END_PX = 32;

/** What the list shows besides its lines. */
export interface TranscriptListProps {
  lines: TranscriptLine[];
  label: string;
  /** Finds the chair's nick in a line; null when not connected. */
  mention: RegExp | null;
  /** Find's query while find is open, else ''. */
  query: string;
}

/**
 * The transcript's lines, virtualized: only rows near the viewport are in the DOM, so a
 * 100,000-line meeting scrolls like a short one. Rows are keyed by their line's seq, since the
 * window holds only the newest lines while the chair follows them and pages older ones back in
 * when the chair scrolls up to them; the pane remounts the list when it starts over. While the
 * chair reads further up, new lines wait behind a "new lines" button instead of moving the view.
 */
export function TranscriptList({ lines, label, mention, query }: TranscriptListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const viewport = useElementSize(scrollRef);
  const perLine = charsPerLine(viewport.width);
  const tail = tailRows(viewport.height);
  const estimateSize = useCallback(
    (index: number) => estimateRowPx(lines[index], perLine),
    [lines, perLine],
  );
  const { loadOlderLines, loadNewerLines } = useActions();
  // The newest line sent, which the window may have let go while the chair read further up.
  const newest = useAppState((s) => s.transcriptNewest);
  const holdsNewest = (lines.at(-1)?.seq ?? 0) >= newest;
  // Set once the virtualizer exists: End cancels a jump it may still be carrying out.
  const cancelScroll = useRef(() => {});
  const stick = useStickToEnd(
    scrollRef,
    newest,
    AT_END_PX,
    useCallback(() => cancelScroll.current(), []),
  );
  const setFollowing = useAppState((s) => s.setTranscriptFollowing);
  useEffect(() => setFollowing(stick.following), [setFollowing, stick.following]);
  const { toEnd, leave, keep } = stick;
  // Back at the end, the lines let go meanwhile are fetched again (asked again as more come, so
  // a fetch that failed is retried).
  useEffect(() => {
    if (stick.following && !holdsNewest) void loadNewerLines();
  }, [stick.following, holdsNewest, newest, loadNewerLines]);
  const meeting = useAppState((s) => s.meeting);
  const counted = useMemo(() => countedSeqs(meeting), [meeting]);
  const following = stick.following;
  const rangeExtractor = useCallback(
    (range: Parameters<typeof rowRange>[0]) => rowRange(range, following, tail),
    [following, tail],
  );
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey: useCallback((index: number) => lines[index]?.seq ?? -index, [lines]),
    overscan: 8,
    rangeExtractor,
    measureElement: measureRow,
    // Let React batch the re-renders that row measurements cause: synchronous ones would cost a
    // layout pass over the whole transcript for every newly shown row.
    useFlushSync: false,
  });

  useLayoutEffect(() => void (cancelScroll.current = virtualizer.cancelScroll), [virtualizer]);

  // A new width re-flows every row: forget the measured heights and estimate again.
  useLayoutEffect(() => virtualizer.measure(), [virtualizer, perLine]);
  const totalPx = virtualizer.getTotalSize();
  // Rows measured taller than estimated grow the list under the view: stay at the bottom.
  useLayoutEffect(() => keep(), [keep, totalPx]);
  const flash = useJump(
    lines,
    useCallback(
      (index: number) => {
        // A line in the last screenful is in view at the bottom: keep following there, rather
        // than leave a jump for the virtualizer to re-apply (up to seconds later, as rows are
        // measured) once new lines have grown the list under it.
        const at = virtualizer.getOffsetForIndex(index, 'center')?.[0];
        const bottom = virtualizer.getOffsetForIndex(lines.length - 1, 'end')?.[0];
        const inLastScreen = at !== undefined && bottom !== undefined && at >= bottom - AT_END_PX;
        if (inLastScreen && holdsNewest) return toEnd();
        leave();
        virtualizer.scrollToIndex(index, { align: 'center' });
      },
      [virtualizer, lines.length, holdsNewest, toEnd, leave],
    ),
    loadOlderLines,
    loadNewerLines,
  );
  const onScroll = useOlderPages(
    scrollRef,
    lines,
    useCallback((index: number) => virtualizer.measurementsCache[index]?.start, [virtualizer]),
    loadOlderLines,
  );
  const waiting = newest - stick.countWhenLeft;

  return (
    <div className="transcript-frame">
      {/* Focusable so the keyboard can scroll it; a list, not a live region, so screen readers
          are not flooded during a busy meeting. */}
      <div
        ref={scrollRef}
        className="transcript-scroll"
        tabIndex={0}
        role="list"
        aria-label={label}
        data-pane-focus
        onKeyDown={stick.onKeyDown}
        onScroll={onScroll}
      >
        <VirtualRows
          virtualizer={virtualizer}
          count={lines.length}
          row={(index) => {
            const line = lines[index]!;
            return (
              <TranscriptRow
                line={line}
                mention={mention}
                query={query}
                flash={flash === line.seq}
                ignored={ignoredWhy(line, meeting, counted)}
              />
            );
          }}
        />
      </div>
      {!stick.following && (
        <button type="button" className="new-lines" onClick={stick.toEnd}>
          {waiting > 0
            ? `${waiting} new ${waiting === 1 ? 'line' : 'lines'}`
            : 'Back to the newest line'}
          <span aria-hidden="true"> ↓</span>
        </button>
      )}
    </div>
  );
}

import { useCallback, useMemo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { TranscriptLine } from '../../../../shared/domain/line';
import type { MarkKind, MarkView } from '../../../../shared/ipc/after-meeting-schemas';
import { charsPerLine, estimateRowPx } from '../transcript/row-estimate';
import { measureRow } from '../transcript/row-range';
import { useElementSize } from '../transcript/use-element-size';
import { VirtualRows } from '../transcript/VirtualRows';
import { marksBySeq } from './reader-model';
import { ReaderRow } from './ReaderRow';
import { useReaderJump } from './use-reader-jump';

/** What the reader's transcript shows and does. */
export interface ReaderTranscriptProps {
  lines: TranscriptLine[];
  complete: boolean;
  marks: readonly MarkView[];
  /** The digest's open suggestions by line, as badges say them. */
  suggested?: ReadonlyMap<number, string>;
  onMark(line: TranscriptLine): void;
  onUnmark(seq: number, as: MarkKind): void;
}

const NO_MARKS: readonly MarkView[] = [];

/**
 * A meeting's transcript, virtualized like the live one (only rows near the viewport are in the
 * DOM), so a 100,000-line meeting reads as fast as a short one. It starts at the first line and
 * brings the line a jump asks for into view.
 */
export function ReaderTranscript({
  lines,
  complete,
  marks,
  suggested,
  onMark,
  onUnmark,
}: ReaderTranscriptProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const viewport = useElementSize(scrollRef);
  // A line's text takes the full width: "Mark…" shows over it, and only lines with badges
  // (few, measured once drawn) keep room on the right for them.
  const perLine = charsPerLine(viewport.width);
  const estimateSize = useCallback(
    (index: number) => estimateRowPx(lines[index], perLine),
    [lines, perLine],
  );
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    overscan: 8,
    measureElement: measureRow,
    useFlushSync: false,
  });
  const bySeq = useMemo(() => marksBySeq(marks), [marks]);
  const { flash, missing } = useReaderJump(
    lines,
    complete,
    useCallback((index) => virtualizer.scrollToIndex(index, { align: 'center' }), [virtualizer]),
  );

  return (
    <div className="transcript-frame reader-transcript">
      {missing !== null && (
        <p className="reader-missing" role="status">
          Line {missing} is not in this meeting’s transcript.
        </p>
      )}
      <div
        ref={scrollRef}
        className="transcript-scroll"
        tabIndex={0}
        role="list"
        aria-label="Transcript"
      >
        <VirtualRows
          virtualizer={virtualizer}
          count={lines.length}
          row={(index) => {
            const line = lines[index]!;
            return (
              <ReaderRow
                line={line}
                marks={bySeq.get(line.seq) ?? NO_MARKS}
                flash={flash === line.seq}
                suggested={suggested?.get(line.seq) ?? null}
                onMark={onMark}
                onUnmark={onUnmark}
              />
            );
          }}
        />
      </div>
    </div>
  );
}

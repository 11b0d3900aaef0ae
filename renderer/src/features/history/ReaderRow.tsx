import { memo } from 'react';
import type { TranscriptLine } from '../../../../shared/domain/line';
import type { MarkKind, MarkView } from '../../../../shared/ipc/after-meeting-schemas';
import { TranscriptRow } from '../transcript/TranscriptRow';
import { isMarkable, markName } from './reader-model';

/** A line of the reader with its marks, and what the chair can do to it. */
export interface ReaderRowProps {
  line: TranscriptLine;
  /** The structure marks on this line (empty when none). */
  marks: readonly MarkView[];
  flash: boolean;
  /** What the digest suggests for this line and has not been decided (`Decision 70%`), or null. */
  suggested: string | null;
  onMark(line: TranscriptLine): void;
  onUnmark(seq: number, as: MarkKind): void;
}

const NO_QUERY = '';

/**
 * One line of a meeting being read: the transcript's own row (IRC text as text only), a badge
 * for each structure mark with a button taking it back, what the digest suggests for it, and
 * "Mark…" on lines someone said.
 */
export const ReaderRow = memo(function ReaderRow({
  line,
  marks,
  flash,
  suggested,
  onMark,
  onUnmark,
}: ReaderRowProps) {
  // Only a line with badges keeps room for them; "Mark…" alone shows over the line's end.
  const badged = marks.length > 0 || suggested !== null;
  return (
    <div
      className={`reader-line${badged ? ' reader-line-badged' : ''}${marks.length > 0 ? ' reader-line-marked' : ''}`}
    >
      <TranscriptRow line={line} mention={null} query={NO_QUERY} flash={flash} />
      <div className="reader-line-tools">
        {suggested && (
          <span className="mark-badge mark-badge-suggested">Suggested: {suggested}</span>
        )}
        {marks.map((mark) => (
          <span key={mark.id} className={`mark-badge mark-badge-${mark.as}`}>
            <span className="mark-badge-kind">{markName(mark.as)}</span>
            <button
              type="button"
              className="link-button"
              aria-label={`Remove mark (${markName(mark.as)})`}
              onClick={() => onUnmark(mark.seq, mark.as)}
            >
              Remove mark
            </button>
          </span>
        ))}
        {isMarkable(line) && (
          <button type="button" className="reader-mark-button" onClick={() => onMark(line)}>
            Mark…
          </button>
        )}
      </div>
    </div>
  );
});

import type { TranscriptLine } from '../../../../shared/domain/line';

// These follow styles/transcript.css: rows are 20px lines plus 2px above and below; the text
// column is the row's width less the padding (2 × 12px), the time column (5.5em) and the gap.
const LINE_PX = 20;
const ROW_PADDING_PX = 4;
const FIXED_COLUMNS_PX = 24 + 83 + 10;
// The average width of a character of the UI font at 15px, a little generous so that a line
// near the edge is more often estimated at one line more than one line less.
const AVERAGE_CHAR_PX = 7.2;

/** How many characters fit on one line of a row in a transcript `widthPx` wide. */
export function charsPerLine(widthPx: number): number {
  return Math.max(16, Math.floor((widthPx - FIXED_COLUMNS_PX) / AVERAGE_CHAR_PX));
}

/**
 * The likely height of a line's row before it is measured: one 20px line per `perLine`
 * characters of nick and text. Close estimates matter for a long transcript: each row whose
 * measured height differs from its estimate shifts every row after it.
 */
export function estimateRowPx(
  line: Pick<TranscriptLine, 'nick' | 'text'> | undefined,
  perLine: number,
): number {
  const chars = line ? line.nick.length + 1 + line.text.length : 0;
  return ROW_PADDING_PX + LINE_PX * Math.max(1, Math.ceil(chars / perLine));
}

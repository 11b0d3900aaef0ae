import { isPySpace, pyLen, type TextModel } from './python-text';

/** What {@link wrapOnWhitespace} needs of `TextWrapper`'s options. */
export interface WhitespaceWrapOptions {
  width: number;
  initialIndent: string;
  subsequentIndent: string;
  model: TextModel;
}

const NOT_PRINTABLE_ASCII_RE = /[^\x20-\x7e]/;

/** True when `text` is printable ASCII only: nothing for munging to change, one column a character. */
export function isPrintableAscii(text: string): boolean {
  return !NOT_PRINTABLE_ASCII_RE.test(text);
}

// Python's length of the chunk measured last: set by chunkEnd, so that measuring allocates nothing.
let measured = 0;

// The end of the chunk starting at `from`: a run of whitespace, or a run of anything else (what
// splitting on `(\s+)` gives). A surrogate pair is one character, never whitespace.
function chunkEnd(text: string, from: number, model: TextModel): number {
  const blank = isPySpace(text.charCodeAt(from), model);
  const bytes = model === 'bytes';
  let i = from;
  let length = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c <= 0x20 && isPySpace(c, model)) !== blank) break;
      length++;
      i++;
      continue;
    }
    if (isPySpace(c, model) !== blank) break;
    const d = c >= 0xd800 && c <= 0xdbff ? text.charCodeAt(i + 1) : 0;
    if (d >= 0xdc00 && d <= 0xdfff) {
      length += bytes ? 4 : 1;
      i += 2;
    } else {
      length += bytes ? (c < 0x800 ? 2 : 3) : 1;
      i++;
    }
  }
  measured = length;
  return i;
}

const SPACE = 0x20;

// A boundary between chunks sits between a space and anything else.
const isBoundary = (text: string, p: number): boolean =>
  (text.charCodeAt(p - 1) === SPACE) !== (text.charCodeAt(p) === SPACE);

/**
 * {@link wrapOnWhitespace} for text of printable ASCII only (see {@link isPrintableAscii}), the
 * usual item: the space is the only whitespace and every character counts one in both models,
 * so a line is found by index arithmetic, looking back from the widest possible end to the last
 * chunk boundary.
 */
export function wrapPrintableAscii(text: string, o: WhitespaceWrapOptions): string[] {
  const firstWidth = o.width - pyLen(o.initialIndent, o.model);
  const nextWidth = o.width - pyLen(o.subsequentIndent, o.model);
  const lines: string[] = [];
  let start = 0;
  while (start < text.length) {
    const first = lines.length === 0;
    if (!first && text.charCodeAt(start) === SPACE) {
      while (text.charCodeAt(start) === SPACE) start++;
      if (start >= text.length) break;
    }
    const limit = start + (first ? firstWidth : nextWidth);
    let end: number;
    if (limit >= text.length) end = text.length;
    else {
      end = limit;
      while (end > start && !isBoundary(text, end)) end--;
      if (end <= start) {
        // No chunk fits: the first one (a word wider than the line) goes alone on the line.
        end = start + 1;
        while (end < text.length && !isBoundary(text, end)) end++;
      }
    }
    let lineEnd = end;
    while (lineEnd > start && text.charCodeAt(lineEnd - 1) === SPACE) lineEnd--;
    if (lineEnd > start)
      lines.push((first ? o.initialIndent : o.subsequentIndent) + text.slice(start, lineEnd));
    start = end;
  }
  return lines;
}

/**
 * Python 2.7's `TextWrapper._wrap_chunks` for MeetBot's settings — chunks split on whitespace
 * only (`break_on_hyphens=False`), long words kept whole (`break_long_words=False`), whitespace
 * dropped at line ends, no sentence-ending fix — on text already munged (tabs expanded,
 * whitespace replaced). One pass: each line is a slice of the text after its indent, so no
 * chunk list is built. `width` must be at least 1.
 */
export function wrapOnWhitespace(text: string, o: WhitespaceWrapOptions): string[] {
  if (isPrintableAscii(text)) return wrapPrintableAscii(text, o);
  const model = o.model;
  const firstWidth = o.width - pyLen(o.initialIndent, model);
  const nextWidth = o.width - pyLen(o.subsequentIndent, model);
  const lines: string[] = [];
  let pos = 0;
  while (pos < text.length) {
    const first = lines.length === 0;
    if (!first && isPySpace(text.charCodeAt(pos), model)) {
      pos = chunkEnd(text, pos, model);
      if (pos >= text.length) break;
    }
    const width = first ? firstWidth : nextWidth;
    const start = pos;
    let used = 0;
    let taken = 0;
    let lastChunk = pos;
    while (pos < text.length) {
      const end = chunkEnd(text, pos, model);
      if (used + measured > width) {
        // _handle_long_word without breaking: a word wider than the line goes alone on it.
        if (taken === 0) {
          lastChunk = pos;
          pos = end;
          taken = 1;
        }
        break;
      }
      used += measured;
      lastChunk = pos;
      pos = end;
      taken++;
    }
    let lineEnd = pos;
    if (taken > 0 && isPySpace(text.charCodeAt(lastChunk), model)) {
      lineEnd = lastChunk;
      taken--;
    }
    if (taken > 0)
      lines.push((first ? o.initialIndent : o.subsequentIndent) + text.slice(start, lineEnd));
  }
  return lines;
}

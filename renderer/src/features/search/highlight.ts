import { FORMATTING_RE } from '../../../../shared/irc/format';
import type { Mark } from '../../../../shared/search/types';
import { linkify } from '../transcript/linkify';

/** A run of a hit line's text, inside a match or not. */
export interface HitPiece {
  text: string;
  marked: boolean;
}

/** A plain run or a web link of a hit line, cut into pieces where matches start and end. */
export interface HitPart {
  href: string | null;
  pieces: HitPiece[];
}

// Control characters other than tab (formatting codes are removed with their arguments first).
const CONTROL_RE = /[\x00-\x08\x0a-\x1f\x7f]/g;

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

// True when `at` falls between the two halves of a surrogate pair of `text`.
function splitsPair(text: string, at: number): boolean {
  return (
    at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at))
  );
}

/**
 * `marks` made safe to cut `text` with: offsets clamped to the text, empty or malformed ranges
 * dropped, ends that would split a surrogate pair widened to the whole character, and
 * overlapping or touching ranges merged, in order.
 */
export function normalizeMarks(text: string, marks: readonly Mark[]): Mark[] {
  const ranges: Mark[] = [];
  for (const mark of marks) {
    if (!Number.isFinite(mark.start) || !Number.isFinite(mark.end)) continue;
    let start = Math.max(0, Math.min(text.length, Math.floor(mark.start)));
    let end = Math.max(0, Math.min(text.length, Math.ceil(mark.end)));
    if (start >= end) continue;
    if (splitsPair(text, start)) start -= 1;
    if (splitsPair(text, end)) end += 1;
    ranges.push({ start, end });
  }
  ranges.sort((a, b) => a.start - b.start);
  const merged: Mark[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** `text` without formatting codes and controls, and where each offset of `text` lands in it. */
function visibleText(text: string): { visible: string; at: Int32Array } {
  const hidden = new Uint8Array(text.length);
  for (const m of text.matchAll(FORMATTING_RE)) hidden.fill(1, m.index, m.index + m[0].length);
  for (const m of text.matchAll(CONTROL_RE)) hidden[m.index] = 1;
  const at = new Int32Array(text.length + 1);
  let visible = '';
  for (let i = 0; i < text.length; i++) {
    at[i] = visible.length;
    if (hidden[i] === 0) visible += text[i];
  }
  at[text.length] = visible.length;
  return { visible, at };
}

function cut(text: string, offset: number, marks: readonly Mark[]): HitPiece[] {
  const pieces: HitPiece[] = [];
  let from = 0;
  for (const mark of marks) {
    const start = Math.max(from, mark.start - offset);
    const end = Math.min(text.length, mark.end - offset);
    if (end <= start) continue;
    if (start > from) pieces.push({ text: text.slice(from, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    from = end;
  }
  if (from < text.length) pieces.push({ text: text.slice(from), marked: false });
  return pieces;
}

/**
 * A hit line ready to show: IRC formatting codes and control characters removed, web addresses
 * as links, and the matched ranges (`marks`, UTF-16 offsets into the raw `text`) as marked
 * pieces. Everything is plain text: joining every piece gives the visible text back.
 */
export function hitParts(text: string, marks: readonly Mark[]): HitPart[] {
  const { visible, at } = visibleText(text);
  const ranges = normalizeMarks(text, marks)
    .map((m) => ({ start: at[m.start]!, end: at[m.end]! }))
    .filter((m) => m.start < m.end);
  const parts: HitPart[] = [];
  let offset = 0;
  for (const part of linkify(visible)) {
    parts.push({ href: part.href, pieces: cut(part.text, offset, ranges) });
    offset += part.text.length;
  }
  return parts;
}

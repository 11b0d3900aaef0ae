import type { LogLine } from '../../domain/line';

// MeetBot's own replay parser (the one that reads its `.log.txt` back), read character by
// character:
//   message: ^\[?([0-9:]*)\]? *<[@+]?([^>]+)> ?(.*)$   (`s` flag: `.` takes U+2028/U+2029 too)
//   action:  ^\[?([0-9:]*)\]? *\* (\S+) ?(.*)$
// and the time must then match ^\d{1,2}:\d{2}(:\d{2})?$. Up to the `<` or `*` both expressions
// read the same prefix, and nothing in it can backtrack into another split, so one pass decides.
// A log has a hundred thousand lines; this avoids a match array and two regex runs for each.

const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COLON = 0x3a;
const SPACE = 0x20;
const LT = 0x3c;
const STAR = 0x2a;
const GT = 0x3e;

const isDigitOrColon = (c: number): boolean => (c >= 0x30 && c <= 0x39) || c === COLON;

/** JavaScript's `\s`: what `\S` in the action expression excludes. */
function isJsSpace(c: number): boolean {
  if (c <= SPACE) return c === SPACE || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

// `^\d{1,2}:\d{2}(:\d{2})?$` for `raw[from, to)`, which holds only digits and colons.
function isStamp(raw: string, from: number, to: number): boolean {
  const hourDigits = raw.charCodeAt(from + 1) === COLON ? 1 : 2;
  const length = to - from;
  if (length !== hourDigits + 3 && length !== hourDigits + 6) return false;
  for (let i = from; i < to; i++) {
    const colon = i === from + hourDigits || i === from + hourDigits + 3;
    if ((raw.charCodeAt(i) === COLON) !== colon) return false;
  }
  return true;
}

/** Parses one line of a MeetBot `.log.txt`; null when the line is not in that format. */
export function parseMeetbotLine(raw: string): LogLine | null {
  return parseMeetbotLineAt(raw, 0, raw.length);
}

/** Where the parts of a MeetBot log line lie in the text it was read from (see readMeetbotLine). */
export interface MeetbotLineSpans {
  timeStart: number;
  timeEnd: number;
  nickStart: number;
  nickEnd: number;
  textStart: number;
}

/** Spans to pass to {@link readMeetbotLine}, reused from line to line. */
export function meetbotLineSpans(): MeetbotLineSpans {
  return { timeStart: 0, timeEnd: 0, nickStart: 0, nickEnd: 0, textStart: 0 };
}

/**
 * Reads the line `text[start, end)` in place: its kind, or null when it is not a MeetBot log
 * line; `spans` is filled with where its stamp, nick and text lie (the text runs to `end`).
 */
export function readMeetbotLine(
  text: string,
  start: number,
  end: number,
  spans: MeetbotLineSpans,
): 'message' | 'action' | null {
  let i = text.charCodeAt(start) === OPEN_BRACKET && start < end ? start + 1 : start;
  const timeStart = i;
  while (i < end && isDigitOrColon(text.charCodeAt(i))) i++;
  const timeEnd = i;
  if (i < end && text.charCodeAt(i) === CLOSE_BRACKET) i++;
  while (i < end && text.charCodeAt(i) === SPACE) i++;
  if (i >= end) return null;
  const mark = text.charCodeAt(i);
  if (mark !== LT && mark !== STAR) return null;
  if (!isStamp(text, timeStart, timeEnd)) return null;
  let nickStart = i + 1;
  let nickEnd = nickStart;
  let kind: 'message' | 'action';
  if (mark === LT) {
    while (nickEnd < end && text.charCodeAt(nickEnd) !== GT) nickEnd++;
    if (nickEnd >= end || nickEnd === nickStart) return null;
    const prefix = text.charCodeAt(nickStart);
    // `[@+]?` gives its character back to the nick when nothing else is left for `[^>]+`.
    if ((prefix === 0x40 || prefix === 0x2b) && nickEnd > nickStart + 1) nickStart++;
    i = nickEnd + 1;
    kind = 'message';
  } else {
    if (nickStart >= end || text.charCodeAt(nickStart) !== SPACE) return null;
    nickStart++;
    nickEnd = nickStart;
    while (nickEnd < end && !isJsSpace(text.charCodeAt(nickEnd))) nickEnd++;
    if (nickEnd === nickStart) return null;
    i = nickEnd;
    kind = 'action';
  }
  if (i < end && text.charCodeAt(i) === SPACE) i++;
  spans.timeStart = timeStart;
  spans.timeEnd = timeEnd;
  spans.nickStart = nickStart;
  spans.nickEnd = nickEnd;
  spans.textStart = i;
  return kind;
}

const scratch = meetbotLineSpans();

/**
 * {@link parseMeetbotLine} for the line `text[start, end)`, read in place: a large log is parsed
 * without first being split into a string per line.
 */
export function parseMeetbotLineAt(text: string, start: number, end: number): LogLine | null {
  const kind = readMeetbotLine(text, start, end, scratch);
  if (kind === null) return null;
  return {
    at: null,
    time: text.slice(scratch.timeStart, scratch.timeEnd),
    kind,
    nick: text.slice(scratch.nickStart, scratch.nickEnd),
    text: text.slice(scratch.textStart, end),
  };
}

/** Parses a whole MeetBot `.log.txt` (no trailing newline by MeetBot's convention; both accepted). */
export function parseMeetbotLog(text: string): LogLine[] {
  const out: LogLine[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (raw === '') continue;
    const line = parseMeetbotLine(raw);
    if (line) out.push(line);
  }
  return out;
}

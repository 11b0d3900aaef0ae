import type { LogLine } from '../../domain/line';

// MeetBot's own replay parser (reference/meetbot.md §6.2): optional [..] around the time,
// @/+ prefixes on the nick. `/me` lines are `HH:MM:SS * nick text`. The `s` flag lets `.` take
// U+2028/U+2029 too, which may sit inside a line.
const MESSAGE_RE = /^\[?([0-9:]*)\]? *<[@+]?([^>]+)> ?(.*)$/s;
const ACTION_RE = /^\[?([0-9:]*)\]? *\* (\S+) ?(.*)$/s;
const STAMP_RE = /^\d{1,2}:\d{2}(:\d{2})?$/;

/** Parses one line of a MeetBot `.log.txt`; null when the line is not in that format. */
export function parseMeetbotLine(raw: string): LogLine | null {
  const m = MESSAGE_RE.exec(raw);
  if (m && STAMP_RE.test(m[1]!)) {
    return { at: null, time: m[1]!, kind: 'message', nick: m[2]!, text: m[3]! };
  }
  const a = ACTION_RE.exec(raw);
  if (a && STAMP_RE.test(a[1]!)) {
    return { at: null, time: a[1]!, kind: 'action', nick: a[2]!, text: a[3]! };
  }
  return null;
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

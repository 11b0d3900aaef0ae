import { pyStrip, UNICODE_SPACE } from '../formats/text/python-text';
import type { Dialect } from './presets';

/** A command found at the start of a line: its lower-case name and the rest of the line. */
export interface ParsedCommand {
  name: string;
  arg: string;
}

// MeetBot 0.1.4 `command_RE`: `#([\w]+)[ \t]*(.*)` with re.match; `\w` is ASCII and `.` stops
// at a newline.
const CLASSIC_RE = /^#([A-Za-z0-9_]+)[ \t]*([^\n]*)/;
// meetingology's `^[#\[](\w+)\]?(?:\s+(.*?)|)\s*$` (Unicode `\w`), applied in two steps so a
// long line of spaces cannot make the lazy group backtrack quadratically.
const MEETINGOLOGY_HEAD_RE = /^[#[]([\p{L}\p{N}_]+)\]?/u;
const LEADING_SPACE_RE = new RegExp(`^[${UNICODE_SPACE}]`);
// MeetBot's UrlProtocols: a line whose text before the first `//` is one of these is a link.
const URL_PROTOCOLS = ['http:', 'https:', 'irc:', 'ftp:', 'mailto:', 'ssh:'];

function parseMeetingology(text: string): ParsedCommand | null {
  const line = pyStrip(text, 'codepoints');
  const head = MEETINGOLOGY_HEAD_RE.exec(line);
  if (!head) return null;
  const rest = line.slice(head[0].length);
  if (rest !== '' && !LEADING_SPACE_RE.test(rest)) return null;
  const arg = pyStrip(rest, 'codepoints');
  if (arg.includes('\n')) return null;
  return { name: head[1]!.toLowerCase(), arg };
}

/**
 * The text a dialect reads commands from: classic MeetBot looks at the line exactly as said
 * (a leading space means "not a command"); meetingology strips it first.
 */
export function commandText(text: string, dialect: Dialect): string {
  return dialect === 'meetingology' ? pyStrip(text, 'codepoints') : text;
}

/** The command at the start of `text` (read as {@link commandText} says), or null. */
export function parseCommand(text: string, dialect: Dialect): ParsedCommand | null {
  if (dialect === 'meetingology') return parseMeetingology(text);
  if (!text.startsWith('#')) return null;
  const m = CLASSIC_RE.exec(text);
  return m ? { name: m[1]!.toLowerCase(), arg: m[2]! } : null;
}

/**
 * True when `text` opens a meeting: `#startmeeting` as the command (case-sensitive for classic
 * MeetBot, which compares the first 13 characters; any case for meetingology).
 */
export function isStartCommand(text: string, dialect: Dialect): boolean {
  const t = commandText(text, dialect);
  if (dialect !== 'meetingology' && !t.startsWith('#startmeeting')) return false;
  return parseCommand(t, dialect)?.name === 'startmeeting';
}

/** True when MeetBot would take the whole line as a link (`http://…` at the very start). */
export function isUrlLine(text: string): boolean {
  // `line.split('//')[0] in UrlProtocols`, without splitting every line said.
  return URL_PROTOCOLS.some(
    (p) => text.startsWith(p) && (text.length === p.length || text.startsWith('//', p.length)),
  );
}

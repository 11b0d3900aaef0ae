import { stripFormatting } from '../../../irc/format';

const CODE_CHARS = ['\x02', '\x03', '\x04', '\x0f', '\x11', '\x16', '\x1d', '\x1e', '\x1f'];

// A few plain searches are much faster than one regex over a large log, and most logs have no codes.
const hasCodes = (text: string) => CODE_CHARS.some((c) => text.includes(c));

// What logLines changes: formatting codes, CR line ends, Unicode line and paragraph separators.
const NOT_PLAIN_RE = /[\x02-\x04\x0f\x11\x16\x1d-\x1f\r\u2028\u2029]/;

/**
 * True when `text` has nothing {@link logLines} would change: its lines are what splitting at
 * `\n` gives, and can be read in place.
 */
export function isPlainLog(text: string): boolean {
  return !NOT_PLAIN_RE.test(text);
}

/**
 * The lines of a log (LF, CRLF or CR line ends) with mIRC formatting codes removed. Unicode line
 * and paragraph separators inside a line become spaces: regex `.` does not match them, and no
 * log uses them to end lines.
 */
export function logLines(text: string): string[] {
  return splitLines(hasCodes(text) ? stripFormatting(text) : text);
}

/** Splits text at LF, CRLF and CR; U+2028 and U+2029 become spaces. */
export function splitLines(text: string): string[] {
  const separators = text.includes('\u2028') || text.includes('\u2029');
  const t = separators ? text.replace(/[\u2028\u2029]/g, ' ') : text;
  // Splitting on a plain string is several times faster than on a regex, and most logs use LF.
  return t.includes('\r') ? t.split(/\r\n|\n|\r/) : t.split('\n');
}

/**
 * Removes Markdown's backslash escapes (`\[16:06\] \<nick>` becomes `[16:06] <nick>`), which
 * wiki pages add around brackets, angle brackets, pipes and emphasis marks.
 */
export function unescapeMarkdown(text: string): string {
  return text.includes('\\') ? text.replace(/\\([[\]<>|*_#`\\~!()-])/g, '$1') : text;
}

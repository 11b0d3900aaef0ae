/**
 * RFC 5545 text rules: TEXT escaping (§3.3.11), content-line folding (§3.1), date-times
 * (§3.3.5). Lines end with CRLF.
 */

const encoder = new TextEncoder();
// Control characters are not allowed in TEXT (§3.3.11), except the tab.
const CONTROL_RE = /[\x00-\x08\x0b-\x1f\x7f]/g;

/** A TEXT value: `\`, `;`, `,` escaped, every line break as `\n`, control characters removed. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n|\r|\n/g, '\n')
    .replace(CONTROL_RE, '')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

/**
 * One content line folded so that no physical line exceeds 75 octets of UTF-8, breaking
 * between characters (never inside one) and continuing with a single space, then CRLF.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ') + '\r\n';
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYYMMDDTHHMMSSZ` of an instant (a UTC DATE-TIME). */
export function utcStamp(at: number): string {
  const d = new Date(at);
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`
  );
}

/** `YYYYMMDDTHHMMSS` of a wall-clock time (a local DATE-TIME, with TZID or floating). */
export function localStamp(w: {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}): string {
  return `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}00`;
}

/** A UTC offset as `+HHMM` / `-HHMM` (UTC-OFFSET, §3.3.14). */
export function utcOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

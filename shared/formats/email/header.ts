import type { Mailbox } from './address';

const encoder = new TextEncoder();
const PRINTABLE_RE = /^[\x20-\x7e]*$/;
// RFC 5322 "specials": a display name containing one must be a quoted string.
const SPECIALS_RE = /[()<>[\]:;@\\,."]/;
// Each encoded word is at most 75 characters (RFC 2047 §2); `=?UTF-8?B?` and `?=` take 12.
const MAX_WORD_BYTES = 45;

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

const LONE_SURROGATE_RE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `text` with any unpaired surrogate replaced by U+FFFD, so it can be encoded as UTF-8. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE_RE, '\ufffd');
}

/** Header text with line breaks and other control characters turned into spaces. */
export function headerText(value: string): string {
  return wellFormed(value)
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * `value` as RFC 2047 encoded words (`=?UTF-8?B?…?=`, separated by spaces) when it is not plain
 * ASCII, each holding whole characters; plain ASCII is returned as it is.
 */
export function encodeWords(value: string): string {
  if (PRINTABLE_RE.test(value)) return value;
  const words: string[] = [];
  let chunk = '';
  for (const ch of value) {
    if (encoder.encode(chunk + ch).length > MAX_WORD_BYTES) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk !== '') words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${base64(encoder.encode(w))}?=`).join(' ');
}

/** A mailbox as a header shows it: `addr`, `Name <addr>`, `"A, B" <addr>` or encoded words. */
export function formatMailbox(m: Mailbox): string {
  if (m.name === null) return m.address;
  if (!PRINTABLE_RE.test(m.name)) return `${encodeWords(m.name)} <${m.address}>`;
  if (SPECIALS_RE.test(m.name)) return `"${m.name.replace(/(["\\])/g, '\\$1')}" <${m.address}>`;
  return `${m.name} <${m.address}>`;
}

/**
 * `Name: value` folded at spaces so lines stay within 78 characters where they can (RFC 5322
 * §2.2.3), continuation lines starting with a space; lines joined with CRLF, no final CRLF.
 */
export function foldHeader(name: string, value: string): string {
  const lines: string[] = [];
  let line = `${name}:`;
  for (const word of value.split(' ')) {
    if (line.length + 1 + word.length > 78 && line.trim() !== `${name}:`) {
      lines.push(line);
      line = '';
    }
    line += ` ${word}`;
  }
  lines.push(line);
  return lines.join('\r\n');
}

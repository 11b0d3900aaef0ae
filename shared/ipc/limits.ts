/**
 * The size limits a user can meet, in one place, so each fits under the browser host's socket:
 * a request the page may send is at most {@link MAX_BRIDGE_MESSAGE_BYTES} once encoded as JSON.
 */

/** Largest message (UTF-8 bytes) the browser host's bridge socket accepts. */
export const MAX_BRIDGE_MESSAGE_BYTES = 4 * 1024 * 1024;

/**
 * Most characters of agenda text (a picked file or pasted text). JSON may spend up to 6 bytes on
 * one character (`\u0001`), so even the worst text leaves room in a message.
 */
export const AGENDA_TEXT_MAX_CHARS = 512 * 1024;

/** Largest agenda file the picker reads; a file's text has no more characters than bytes. */
export const AGENDA_FILE_MAX_BYTES = AGENDA_TEXT_MAX_CHARS;

/**
 * Most transcript lines one `transcript:before` page may ask for: a window scrolled to the top of
 * what it holds asks for the page before it, and a page this size is far under what one answer
 * may carry.
 */
export const TRANSCRIPT_PAGE_MAX_LINES = 1_000;

/**
 * Most lines one `transcript:find` answers with (their seqs, the newest): a query that finds more
 * is too broad to step through, and says so.
 */
export const TRANSCRIPT_FIND_MAX_HITS = 10_000;

/** Longest query find in the meeting sends (characters). */
export const TRANSCRIPT_FIND_MAX_CHARS = 200;

/** The sentence a request too large for the socket is refused with. */
export const TOO_LARGE_MESSAGE = `That is too large to send to Gavel (at most ${MAX_BRIDGE_MESSAGE_BYTES / (1024 * 1024)} MiB at once).`;

/** The UTF-8 length of `text` in bytes, without allocating it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

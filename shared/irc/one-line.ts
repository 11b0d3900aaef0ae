// Line breaks (CR, LF, NUL and every other control character, U+2028/U+2029) would end an IRC line
// or start a second one; bidi embeddings, overrides and isolates would reorder what follows.
const UNSAFE_RE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]+/gu;

/**
 * `text` as one line: control characters (line breaks, NUL, CTCP and formatting codes), line
 * and paragraph separators and bidi controls become spaces, runs of white space one space, and
 * the ends are trimmed. What Gavel puts in a MeetBot command, a mark or an announcement passes
 * through here, so no argument can carry a second line.
 */
export function oneLine(text: string): string {
  return text.replace(UNSAFE_RE, ' ').replace(/\s+/g, ' ').trim();
}

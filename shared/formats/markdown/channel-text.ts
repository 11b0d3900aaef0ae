import { stripControls } from '../text/sanitize';

// Line breaks (CR, LF, and the Unicode line and paragraph separators some readers honour) become
// spaces rather than vanishing, so the words on either side stay apart.
const LINE_BREAK_RE = /\r\n|[\r\n\u2028\u2029]/g;
// Direction marks (ALM, LRM, RLM) reorder neutral characters around them much as the overrides do.
const DIRECTION_MARK_RE = /[\u061c\u200e\u200f]/g;

/**
 * Channel text made safe to place in any minutes format: a line break turned into a space, then
 * mIRC formatting codes, control characters (C0 except tab, DEL, C1), bidi embeddings, overrides,
 * isolates and direction marks, and lone surrogates removed. The result never contains a line
 * break, so it cannot start a new line of markup.
 */
export function cleanChannelText(text: string): string {
  return stripControls(text.replace(LINE_BREAK_RE, ' ').replace(DIRECTION_MARK_RE, ''));
}

/** `cleanChannelText` with tabs turned into spaces, for inline text where a tab means nothing. */
export function cleanInline(text: string): string {
  return cleanChannelText(text).replace(/\t/g, ' ');
}

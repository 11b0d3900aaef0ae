// mIRC formatting: colour (\x03 fg[,bg]), hex colour (\x04 rrggbb[,rrggbb]); the other codes
// (bold \x02, italics \x1d, underline \x1f, strike \x1e, mono \x11, reverse \x16, reset \x0f)
// are plain control characters and go with them.
const COLOUR_RE = /\x03(?:\d{1,2}(?:,\d{1,2})?)?|\x04(?:[0-9A-Fa-f]{6}(?:,[0-9A-Fa-f]{6})?)?/g;
// C0 controls but tab, DEL, C1 controls; bidi embeddings, overrides and isolates, which could
// reorder the text around them; and surrogates that are not part of a pair.
const CONTROL_RE =
  /[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

// Anything that could need removing; most text has none, and is returned without copying.
const SUSPECT_RE = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]/;

/**
 * Text from the channel made safe to store in a file: mIRC formatting codes (with their colour
 * numbers), control characters other than tab, bidi override characters and lone surrogates are
 * removed. Everything else, including tabs and all printable Unicode, is kept as is.
 */
export function stripControls(text: string): string {
  if (!SUSPECT_RE.test(text)) return text;
  return text.replace(COLOUR_RE, '').replace(CONTROL_RE, '');
}

/**
 * True when `time` is digits and colons only (`12:00:01`): a stamp with nothing to strip, told
 * without a regular expression, since a log has a stamp on every line.
 */
export function isPlainTime(time: string): boolean {
  if (time === '') return false;
  for (let i = 0; i < time.length; i++) {
    const c = time.charCodeAt(i);
    if ((c < 0x30 || c > 0x39) && c !== 0x3a) return false;
  }
  return true;
}

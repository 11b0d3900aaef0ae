// mIRC formatting codes with their arguments: colour \x03 [fg[,bg]], hex colour \x04 [rrggbb[,rrggbb]];
// then every other C0 control (bold, italic, reset, reverse, underline, strike, monospace, CR, LF…),
// DEL, and the bidi embeddings, overrides and isolates the exports strip too (an override would
// flip the text after it). Tab stays: it is harmless whitespace.
const PLAIN_RE =
  /\x03(?:\d{1,2}(?:,\d{1,2})?)?|\x04(?:[0-9a-fA-F]{6}(?:,[0-9a-fA-F]{6})?)?|[\x00-\x08\x0a-\x1f\x7f\u202a-\u202e\u2066-\u2069]/g;

/** IRC text without formatting codes, control or bidi control characters, for display as plain text. */
export function plainText(text: string): string {
  return text.replace(PLAIN_RE, '');
}

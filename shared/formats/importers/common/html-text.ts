const TAG_RE = /<[^<>]*>/g;
const ENTITY_RE = /&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos|nbsp);/g;
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

function decode(_: string, name: string): string {
  if (name[0] !== '#') return NAMED[name]!;
  const code = name[1] === 'x' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
    ? String.fromCodePoint(code)
    : '\ufffd';
}

/** The text of a line of generated HTML: tags removed, character references decoded. */
export function htmlText(html: string): string {
  return html.replace(TAG_RE, '').replace(ENTITY_RE, decode);
}

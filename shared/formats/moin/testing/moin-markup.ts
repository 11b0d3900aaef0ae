// The inline rules of MoinMoin 1.9's wiki parser (text_moin_wiki.py, `scan_rules`), as far as they
// can turn text into markup. Character references stand for one plain character each; URLs with
// a scheme Gavel allows are links Moin is meant to make.
const RULES: [string, RegExp][] = [
  ['emphasis', /''/],
  ['underline', /__/],
  ['small/big', /~-|-~|~\+|\+~/],
  ['strike', /--\(|\)--/],
  ['remark', /\/\*|\*\//],
  ['superscript', /\^/],
  ['subscript', /,,/],
  ['monospace', /\{\{\{|\}\}\}|`/],
  ['link', /\[\[/],
  ['transclusion', /\{\{/],
  ['macro', /<</],
  ['table', /\|\|/],
  ['rule', /----/],
  ['entity', /&(?:[a-zA-Z]+|#\d{1,5}|#x[0-9a-fA-F]+);/],
  ['interwiki', /[A-Z][a-zA-Z]+:[^\s'":<|]/],
  ['url', /(?<![\p{L}\p{N}_])(?:https?|ftp|nntp|news|mailto|telnet|wiki|file|irc):\S/u],
  ['wikiname', /(?<![\p{Lu}\p{Ll}\p{N}/])(?:[\p{Lu}][\p{Ll}\p{N}]+){2,}/u],
  ['email', /[-\w.+]+@[\w-]+(?:\.[\w-]+)+/],
  ['variable', /@[A-Za-z]+@/],
  [
    'smiley',
    /(?:^|(?<=\s))(?:X-\(|:D|<:\(|:o|:\(|:\)|B\)|:\)\)|;\)|\/!\\|<!>|\(!\)|:-\?|:\\|>:>|\|\)|:-\(|:-\)|B-\)|:-\)\)|;-\)|\|-\)|\(\.\/\)|\{OK\}|\{X\}|\{i\}|\{1\}|\{2\}|\{3\}|\{\*\}|\{o\})(?=\s|$)/,
  ],
  ['html', /</],
];

const REF_RE = /&#x[0-9a-f]+;/g;
const SAFE_URL_RE = /(?<![\p{L}\p{N}_])(?:(?:https?|ftp|irc):\/\/|mailto:)[^\s<>"'`{}|\\^[\]]+/gu;

/** The Moin markup rules that match in `text` (one line of wiki text); empty when it is plain. */
export function moinMarkup(text: string): string[] {
  const opaque = text.replace(REF_RE, '\ue000').replace(SAFE_URL_RE, '\ue001');
  return RULES.filter(([, re]) => re.test(opaque)).map(([name]) => name);
}

/** What a reader sees for Moin text: character references decoded, except inside a URL. */
export function moinDisplay(text: string): string {
  const decode = (s: string) =>
    s.replace(REF_RE, (ref) => String.fromCodePoint(Number.parseInt(ref.slice(3, -1), 16)));
  let out = '';
  let from = 0;
  for (const m of text.matchAll(SAFE_URL_RE)) {
    out += decode(text.slice(from, m.index)) + m[0];
    from = m.index + m[0].length;
  }
  return out + decode(text.slice(from));
}

/** The text with the links Moin is meant to make (safe-scheme URLs) taken out. */
export function withoutSafeUrls(text: string): string {
  return text.replace(SAFE_URL_RE, '');
}

// What DokuWiki leaves as it is: unformatted spans, a nowiki `%%`, links to safe URLs.
const PROTECTED_RE =
  /%%(?:[^%]|%(?!%))*%%|<nowiki>%%<\/nowiki>|\[\[(?:https?|ftp|irc):\/\/[A-Za-z0-9:/?#@!$&'()*+,;=._~%-]+\]\]|\[\[mailto:[A-Za-z0-9:/?#@!$&'()*+,;=._~%-]+\]\]/g;
// The page's own words and marks, outside the protected spans.
// (A lone `%` is plain text in DokuWiki; only `%%` opens a span.)
const OWN_RE = /^[\p{L}\p{N} ,.:()*+%-]*$/u;

/**
 * The problems of one line of a DokuWiki page this writer made, as a DokuWiki reader would see
 * them: text outside `%%` spans that could be markup (anything but letters, digits and
 * `,.:()*+-`, or `((`/`))` footnotes, `--` dashes, a `**` that is not one of the page's own
 * bold labels), a heading whose text starts or ends with `=`, a code line that closes its block.
 */
export function dokuWikiProblems(line: string, inCode: boolean): string[] {
  if (inCode) return /<\/code>/i.test(line) ? ['code block closed from inside'] : [];
  const heading = /^(={2,6}) (.*) (={2,6})$/.exec(line);
  if (heading) {
    const text = heading[2]!;
    return heading[1] !== heading[3] || /^[= ]|[= ]$/.test(text) ? ['heading marks'] : [];
  }
  const outside = line.replace(/^( {2})+\* /, '').replace(PROTECTED_RE, '');
  const problems: string[] = [];
  if (!OWN_RE.test(outside)) problems.push(`markup characters: ${outside}`);
  if (/\(\(|\)\)|--|%%/.test(outside)) problems.push(`footnote, dash or span: ${outside}`);
  if ((outside.match(/\*\*/g) ?? []).length % 2 !== 0) problems.push('unbalanced bold');
  return problems;
}

/**
 * What a reader sees of the page's text, read left to right as DokuWiki's lexer does:
 * unformatted spans, a nowiki `%%` and the page's links unwrapped.
 */
export function dokuWikiDisplay(line: string): string {
  return line.replace(PROTECTED_RE, (span) => (span.startsWith('<') ? '%%' : span.slice(2, -2)));
}

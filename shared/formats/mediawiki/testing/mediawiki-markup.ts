const NOWIKI_RE = /<nowiki>(.*?)<\/nowiki>/g;
const SAFE_URL_RE = /(?<![\p{L}\p{N}_])(?:(?:https?|ftp|irc):\/\/|mailto:)[^\s<>"'`{}|\\^[\]]+/gu;

// What MediaWiki reads as markup, or expands when a page is saved, in the middle of a line.
const RULES: [string, RegExp][] = [
  ['bold/italic', /''/],
  ['link', /\[/],
  ['template/table', /\{|\|/],
  ['tag/comment', /</],
  ['entity', /&/],
  ['signature', /~~~/],
  ['magic word', /__/],
  ['magic link', /\b(?:ISBN|RFC|PMID)\b/],
  [
    'external link',
    /\b(?:https?|ftp|ftps|irc|ircs|mailto|news|telnet|gopher|svn|git|ssh|sftp|nntp|urn|xmpp|sip|sips|tel|sms|geo|magnet|matrix):/i,
  ],
];

/** The nowiki spans of a line must be closed properly and hold no tag of their own. */
export function nowikiProblems(line: string): string[] {
  const problems: string[] = [];
  for (const m of line.matchAll(NOWIKI_RE)) {
    if (/[<>]|&(?!amp;|lt;|gt;)/.test(m[1]!)) problems.push(`nowiki holds ${m[1]}`);
  }
  return problems;
}

/** The MediaWiki markup rules that match a line outside its `<nowiki>` spans and safe URLs. */
export function mediaWikiMarkup(line: string): string[] {
  const outside = line.replace(NOWIKI_RE, '\ue000').replace(SAFE_URL_RE, '\ue001');
  return RULES.filter(([, re]) => re.test(outside)).map(([name]) => name);
}

/** What a reader sees: nowiki spans unwrapped and their entities decoded. */
export function mediaWikiDisplay(line: string): string {
  return line.replace(NOWIKI_RE, (_, inner: string) =>
    inner.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
  );
}

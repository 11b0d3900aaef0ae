import { cleanInline } from '../markdown/channel-text';
import { splitUrls } from '../markdown/url-split';

// Text made only of these characters is plain wikitext in the middle of a line: no quotes
// (bold/italics), brackets or braces (links, templates, tables), `<` `>` `&` (tags, entities),
// `~` (signatures), `_` (`__TOC__`), `=` `*` `;` (line-start markup), `|`. `#` is markup only at
// the start of a line, where channel text never goes. A colon is plain (`13:05:40`) unless a
// letter precedes it, where it could end a URL scheme the wiki links (`news:`, `telnet:`).
const PLAIN_RE = /^[\p{L}\p{N}\p{M} .,:()?!/%+$"@#-]*$/u;
// Magic links (`ISBN 0…`, `RFC 1234`, `PMID 1`) that some wikis still turn into links.
const NOT_PLAIN_RE = /\b(?:ISBN|RFC|PMID)\b|[A-Za-z]:/;

/**
 * Wraps text in `<nowiki>`: inside it MediaWiki reads no markup, and with `&`, `<` and `>` written
 * as entities the text can neither close the element early (`</nowiki>`) nor change how it reads.
 * Signatures and `{{subst:}}` are not expanded inside `<nowiki>` when the page is saved either.
 */
export function nowiki(text: string): string {
  const inner = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<nowiki>${inner}</nowiki>`;
}

// A free link ends at `<`, so what follows may be a `<nowiki>`; inside the URL, `~~~` would still
// become a signature, `__TOC__` a magic word and `&lt;` an entity when the page is saved.
function escapeUrl(url: string): string {
  return url
    .replace(/~/g, '%7E')
    .replace(/__+/g, (run) => '%5F'.repeat(run.length))
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '%26');
}

/**
 * Channel text as MediaWiki wikitext that displays as the text (cleaned of control characters):
 * plain runs stay as they are, anything else goes inside `<nowiki>`, and http, https, ftp, irc and
 * mailto URLs stay outside it so that the wiki links them. Never placed at the start of a line.
 */
export function mwText(text: string): string {
  return splitUrls(cleanInline(text))
    .map((part) => {
      if (part.kind === 'url') return escapeUrl(part.value);
      return PLAIN_RE.test(part.value) && !NOT_PLAIN_RE.test(part.value)
        ? part.value
        : nowiki(part.value);
    })
    .join('');
}

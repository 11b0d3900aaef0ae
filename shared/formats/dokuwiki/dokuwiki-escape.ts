import { cleanChannelText, cleanInline } from '../markdown/channel-text';
import { splitUrls } from '../markdown/url-split';

// A URL DokuWiki links as `[[url]]` without any character closing or splitting the link.
const LINKABLE_RE = /^[A-Za-z0-9:/?#@!$&'()*+,;=._~%-]+$/;
const CODE_END_RE = /<\/code>/gi;

/**
 * Text DokuWiki shows as it is: `%%…%%` (its unformatted span, where nothing is markup: no
 * formatting, link, smiley, typography or HTML), with a `%%` inside the text written as
 * `<nowiki>%%</nowiki>` between two such spans.
 */
function unformatted(text: string): string {
  return text
    .split('%%')
    .map((part) => (part === '' ? '' : `%%${part}%%`))
    .join('<nowiki>%%</nowiki>');
}

/**
 * Channel text as DokuWiki inline content that renders exactly as the text (after cleaning and
 * trimming): every run of text is unformatted, and URLs with a safe scheme (http, https, ftp,
 * irc, mailto) become `[[url]]` links when nothing in them could close the link.
 */
export function dwInline(text: string): string {
  return splitUrls(cleanInline(text).trim())
    .map((part) =>
      part.kind === 'url' && LINKABLE_RE.test(part.value)
        ? `[[${part.value}]]`
        : unformatted(part.value),
    )
    .join('');
}

/** `dwInline` that is never empty (a list item or bold span needs something in it). */
export function dwItem(text: string): string {
  return dwInline(text) || '(empty)';
}

/**
 * Text for a DokuWiki heading, which DokuWiki shows unparsed: cleaned, and kept from starting or
 * ending with `=` (the heading's own marks, which DokuWiki would take away) by a full-width `＝`.
 */
export function dwHeading(text: string): string {
  const clean = cleanInline(text).trim();
  const fixed = clean.replace(/^=+|=+$/g, (run) => '＝'.repeat(run.length));
  return fixed || '(empty)';
}

/**
 * A line inside a `<code>` block, where nothing is markup until `</code>`: cleaned, and a
 * `</code>` in the text broken by a zero-width space so it cannot end the block.
 */
export function dwCodeText(text: string): string {
  return cleanChannelText(text).replace(CODE_END_RE, (m) => `${m.slice(0, -1)}\u200b>`);
}

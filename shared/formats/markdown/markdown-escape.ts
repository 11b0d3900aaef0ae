import { cleanChannelText, cleanInline } from './channel-text';
import { splitUrls } from './url-split';

// CommonMark/GFM punctuation that can open or close inline markup anywhere in a line: emphasis
// and strikethrough, code spans, links and images (`[`; with it escaped, `(` `)` `!` are plain),
// raw HTML and autolinks, table cells, and the backslash itself (a trailing one is a hard break).
// Everything else is escaped only where it could start a block, so the page stays readable.
const INLINE_RE = /[\\`*_[\]<>~|]/g;
// `&amp;`, `&#35;`: an entity or character reference would be decoded.
const ENTITY_RE = /&(?=#?[A-Za-z0-9]+;)/g;
// At the start of a block: `- x`/`+ x` are lists, `# x` a heading, `2012. x` or `3) x` ordered lists.
const LEADING_MARK_RE = /^[-+#]/;
const LEADING_ORDINAL_RE = /^(\d{1,9})([.)])/;
// A token that is plain in every Markdown context (a channel or host name): no escapes needed,
// so readers that do not unescape (the page importer's channel reader) see it as it is.
const PLAIN_TOKEN_RE = /^[#&]?[\p{L}\p{N}]+(?:[._-][\p{L}\p{N}]+)*$/u;

function escapeText(text: string): string {
  return text
    .replace(INLINE_RE, '\\$&')
    .replace(ENTITY_RE, '\\&')
    .replace(LEADING_MARK_RE, '\\$&')
    .replace(LEADING_ORDINAL_RE, '$1\\$2');
}

/** A URL as a CommonMark autolink; the splitter guarantees it holds no space, `<` or `>`. */
export function mdAutolink(url: string): string {
  return `<${url}>`;
}

/**
 * Channel text as Markdown inline content that renders exactly as the text (after cleaning and
 * trimming): every character that could open markup is backslash-escaped, raw HTML and entity
 * references are impossible, and URLs with a safe scheme (http, https, ftp, irc, mailto) become
 * `<…>` autolinks. Safe at the start of a list item or heading.
 */
export function mdInline(text: string): string {
  return splitUrls(cleanInline(text).trim())
    .map((part) => (part.kind === 'url' ? mdAutolink(part.value) : escapeText(part.value)))
    .join('');
}

/**
 * `mdInline` for text that stands alone in a list item, heading or bold span: never empty, since
 * an empty list item under a line of text would turn that line into a heading, and `****` alone
 * into a rule.
 */
export function mdItem(text: string): string {
  return mdInline(text) || '(empty)';
}

/** Like `mdInline`, but a plain token such as `#sip-router` or `irc.libera.chat` is kept as is. */
export function mdToken(text: string): string {
  const clean = cleanInline(text).trim();
  return PLAIN_TOKEN_RE.test(clean) ? clean : mdItem(clean);
}

/**
 * Channel text for a line of an indented code block: only cleaned, since nothing inside a code
 * block is markup and the cleaning leaves no line break to end the block with.
 */
export function mdCodeText(text: string): string {
  return cleanChannelText(text);
}

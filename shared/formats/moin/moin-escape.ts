import { cleanInline } from '../markdown/channel-text';
import { splitUrls } from '../markdown/url-split';

// How channel text is neutralised for MoinMoin 1.9 (the wiki behind wiki.ubuntu.com; rules from
// its parser, MoinMoin/parser/text_moin_wiki.py). A markup character is written as a hexadecimal
// character reference (`&#x27;`): the parser's `entity` rule takes `&#x…;` as one token and passes
// it to the page as raw HTML, so the reader sees the character while the parser never sees it as
// markup, and it cannot join a neighbour into markup either. The alternatives fail: `{{{…}}}` is
// closed by any `}}}` in the text, backticks by a backtick (and turn the text monospace), and
// `''''''` separators fuse with a quote next to them into bold or italics.
//
// Only what Moin reads as markup is replaced, so ordinary text stays as meetingology wrote it:
// - always: `` ` `` (monospace), `^` (superscript), `~` (small/big), `{ }` (`{{{`, `{{`), `[ ]`
//   (links), `|` (tables, link parameters), `< >` (macros, HTML), `@` (`@SIG@` is expanded when
//   the page is saved; also e-mail links), `&` when it starts an entity;
// - in runs of two or more: `'` (emphasis; also at either end, next to our own `'''`), `_`
//   (underline), `,` (subscript), `-` (`--(` strike-through, `----` rule), `:` (`::` definition);
// - `*` next to `/` (an inline remark opens with slash-star and closes with star-slash);
// - `:` after a letter and before a non-blank (an interwiki link `MoinMoin:Page`, or a URL
//   scheme Moin links but Gavel does not, such as `file:` or `telnet:`);
// - a CamelCase word (a wiki link) loses its second capital; a whole-word smiley its first
//   character; in a heading, every `=`.
// URLs with a safe scheme (http, https, ftp, irc, mailto) are left for Moin to link.

const ALWAYS_RE = /[`^~{}[\]|<>@]/g;
const ENTITY_RE = /&(?=[a-zA-Z]+;|#\d{1,5};|#x[0-9a-fA-F]+;)/g;
const RUN_RE = /''+|__+|,,+|--+|::+/g;
const EDGE_QUOTE_RE = /^'|'$/g;
const REMARK_RE = /(?<=\/)\*|\*(?=\/)/g;
const SCHEME_COLON_RE = /(?<=[A-Za-z]):(?=\S)/g;
// Moin counts digits as lower case in WikiNames (`Web2Py`).
const CAMEL_RE = /(?<=[\p{Ll}\p{N}])[\p{Lu}\p{Lt}](?=[\p{Ll}\p{N}])/gu;
const SMILEYS =
  'X-( :D <:( :o :( :) B) :)) ;) /!\\ <!> (!) :-? :\\ >:> |) :-( :-) B-) :-)) ;-) |-) (./) {OK} {X} {i} {1} {2} {3} {*} {o}';
// A smiley is a whole blank-separated word (the parser wants a blank or the line's edge around it).
const SMILEY_RE = new RegExp(
  `(?<=^|\\s)(?:${SMILEYS.split(' ')
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?=\\s|$)`,
  'g',
);

/** A character (or each of a run) as a hexadecimal character reference. */
function ref(chars: string): string {
  let out = '';
  for (const ch of chars) out += `&#x${ch.codePointAt(0)!.toString(16)};`;
  return out;
}

/** Where the text goes: running text, a `=== heading ===`, or a name that our own `,` or `:` follows. */
export type MoinContext = 'text' | 'heading' | 'name';

// Text with none of these has nothing to escape (the characters of every rule above, smileys
// included, and a capital after a small letter).
const PLAIN_RE = /^(?:(?![\p{Ll}\p{N}][\p{Lu}\p{Lt}])[^`^~{}[\]|<>@&'_,:*/=;()!\\-])*$/u;

function escapePlain(text: string, context: MoinContext): string {
  if (PLAIN_RE.test(text)) return text;
  let t = text.replace(ENTITY_RE, '&#x26;');
  t = t.replace(SMILEY_RE, (w) => ref(w[0]!) + w.slice(1));
  t = t.replace(ALWAYS_RE, ref);
  t = t.replace(RUN_RE, ref).replace(EDGE_QUOTE_RE, ref);
  t = t.replace(REMARK_RE, '&#x2a;');
  t = t.replace(SCHEME_COLON_RE, '&#x3a;');
  t = t.replace(CAMEL_RE, ref);
  if (context === 'name') t = t.replace(/^[,:]|[,:]$/g, ref);
  return context === 'heading' ? t.replace(/=/g, '&#x3d;') : t;
}

// `@SIG@` and friends are expanded anywhere in the saved text, URLs included.
function escapeUrl(url: string): string {
  if (!url.startsWith('mailto:')) return url.replace(/@/g, '%40');
  const at = url.indexOf('@');
  return at < 0 ? url : url.slice(0, at + 1) + url.slice(at + 1).replace(/@/g, '%40');
}

/**
 * Channel text as MoinMoin wiki text that displays as the text (cleaned of control characters)
 * and carries no markup of its own; see the comment above for the rules. In a `heading` it is
 * also safe between `=== ` and ` ===`; as a `name` (a nick, a channel) a `,` or `:` at either end
 * is escaped too, since the minutes put `, ` or `: ` right after names.
 */
export function moinText(text: string, context: MoinContext = 'text'): string {
  const parts = splitUrls(cleanInline(text));
  let out = '';
  let plain = '';
  parts.forEach((part, i) => {
    // Moin's URL runs to the next blank, so a reference right after it would be read as part of
    // the address and shown as `&#x…;`: such a URL is written as text, together with its
    // neighbours so that no markup can form across the joins.
    const tail = /^\S*/.exec(parts[i + 1]?.value ?? '')![0];
    if (part.kind === 'url' && escapePlain(tail, context) === tail) {
      // `Word:` right before the URL would make Moin read `Word:http…` as an interwiki link.
      out +=
        escapePlain(plain, context).replace(/(?<=[A-Za-z]):$/, '&#x3a;') + escapeUrl(part.value);
      plain = '';
    } else plain += part.value;
  });
  return out + escapePlain(plain, context);
}

/**
 * Text for the description of a `[[target|description]]` link, where Moin shows the text as it is
 * (character references would show literally): cleaned only. Null when the text would end the
 * link early (`]]`, a trailing `]`), start link parameters (`|`) or a transclusion (`{{`).
 */
export function moinLinkDescription(text: string): string | null {
  const clean = cleanInline(text).trim();
  return /\]\]|\]$|\||^\{\{/.test(clean) ? null : clean;
}

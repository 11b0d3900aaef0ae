/** A run of text, and the address it links to when it is a web link. */
export interface TextPart {
  text: string;
  href: string | null;
}

const URL_RE = /\bhttps?:\/\/[^\s<>"'`\u0000-\u001f]+/gi;
// Sentence punctuation after a link belongs to the sentence; a `)` only when the link has no `(`.
const TRAILING_RE = /[.,;:!?'"]+$/;

function trimUrl(url: string): string {
  let out = url.replace(TRAILING_RE, '');
  while (out.endsWith(')') && (out.match(/\(/g)?.length ?? 0) < (out.match(/\)/g)?.length ?? 0)) {
    out = out.slice(0, -1).replace(TRAILING_RE, '');
  }
  return out;
}

/** The address to open for `raw`, or null unless it is a well-formed http(s) URL. */
export function safeHref(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Splits text into plain runs and http(s) links; joining the parts' text gives `text` back. */
export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let from = 0;
  for (const match of text.matchAll(URL_RE)) {
    const url = trimUrl(match[0]);
    const href = safeHref(url);
    if (!href) continue;
    if (match.index > from) parts.push({ text: text.slice(from, match.index), href: null });
    parts.push({ text: url, href });
    from = match.index + url.length;
  }
  if (from < text.length || parts.length === 0) parts.push({ text: text.slice(from), href: null });
  return parts;
}

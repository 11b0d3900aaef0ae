/** A run of channel text: plain text, or a URL whose scheme is safe to link. */
export interface TextPart {
  kind: 'text' | 'url';
  value: string;
}

// Only these schemes become links; anything else (javascript:, data:, file:…) stays text.
// Lower case only: MoinMoin reads `HTTP:` as an interwiki prefix, not as a URL. A URL stops at
// whitespace and at characters that are markup in one of the wiki formats or that end a
// Markdown autolink; it may not start in the middle of a word (`xhttp://`).
const URL_RE =
  /(?<![\p{L}\p{N}_])(?:(?:https?|ftp|irc):\/\/|mailto:)[^\s<>"'`{}|\\^[\]\u0000-\u001f\u007f]+/gu;
const TRAILING_RE = /[.,;:!?]+$/;

/** Drops what a reader takes as the sentence's punctuation: `see https://x.org).` → `https://x.org`. */
function trimUrl(url: string): string {
  let u = url;
  for (;;) {
    const before = u;
    u = u.replace(TRAILING_RE, '');
    if (u.endsWith(')') && count(u, '(') < count(u, ')')) u = u.slice(0, -1);
    if (u === before) return u;
  }
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

/**
 * Splits (already cleaned) channel text into plain runs and linkable URLs: `http`, `https`, `ftp`
 * and `irc` URLs and `mailto:` addresses. A scheme with nothing after it stays text. Joining the
 * parts' values gives the text back.
 */
export function splitUrls(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let from = 0;
  for (const m of text.matchAll(URL_RE)) {
    const url = trimUrl(m[0]);
    if (!/^[a-z]+:(?:\/\/)?[^/]/.test(url)) continue;
    if (m.index > from) parts.push({ kind: 'text', value: text.slice(from, m.index) });
    parts.push({ kind: 'url', value: url });
    from = m.index + url.length;
  }
  if (from < text.length) parts.push({ kind: 'text', value: text.slice(from) });
  return parts;
}

import type { CSSProperties, ReactNode } from 'react';
import { parseFormatting, type StyledSpan } from '../../../../shared/irc/format';
import { cssColor } from './irc-colors';
import { linkify } from './linkify';

// Control characters other than formatting codes and tab, and bidi embeddings, overrides and
// isolates (as the exports strip them): shown as nothing.
const CONTROLS_RE = /[\x00-\x08\x0a-\x1f\x7f\u202a-\u202e\u2066-\u2069]/g;

function spanClass(span: StyledSpan): string {
  return [
    span.bold && 'fmt-b',
    span.italic && 'fmt-i',
    span.underline && 'fmt-u',
    span.strike && 'fmt-s',
    span.monospace && 'fmt-m',
  ]
    .filter(Boolean)
    .join(' ');
}

// Colours are set through React's style object (the CSSOM), which the page's CSP allows, and
// only ever as `#rrggbb` values built by cssColor.
function spanStyle(span: StyledSpan): CSSProperties | undefined {
  let fg = cssColor(span.fg);
  let bg = cssColor(span.bg);
  if (span.reverse) [fg, bg] = [bg ?? 'var(--surface)', fg ?? 'var(--text)'];
  if (!fg && !bg) return undefined;
  return { ...(fg && { color: fg }), ...(bg && { backgroundColor: bg }) };
}

/** `text` with every case-insensitive occurrence of `query` in a `<mark>`. */
function marked(text: string, query: string, key: string): ReactNode[] {
  if (!query) return [text];
  const out: ReactNode[] = [];
  const lower = text.toLowerCase();
  const q = query.toLowerCase();
  let from = 0;
  for (let at = lower.indexOf(q); at !== -1; at = lower.indexOf(q, at + q.length)) {
    if (at > from) out.push(text.slice(from, at));
    out.push(<mark key={`${key}-${at}`}>{text.slice(at, at + q.length)}</mark>);
    from = at + q.length;
  }
  if (from < text.length) out.push(text.slice(from));
  return out;
}

/**
 * IRC text with its mIRC formatting as styled spans and its http(s) addresses as links that open
 * outside the window. Everything from the channel becomes React text; nothing is parsed as HTML.
 */
export function FormattedText({ text, query = '' }: { text: string; query?: string }) {
  const spans = parseFormatting(text);
  return (
    <>
      {spans.map((span, i) => {
        const parts = linkify(span.text.replace(CONTROLS_RE, ''));
        const content = parts.map((part, j) =>
          part.href ? (
            <a key={j} href={part.href} target="_blank" rel="noopener noreferrer">
              {marked(part.text, query, `${i}-${j}`)}
            </a>
          ) : (
            marked(part.text, query, `${i}-${j}`)
          ),
        );
        const className = spanClass(span);
        const style = spanStyle(span);
        return className || style ? (
          <span key={i} className={className || undefined} style={style}>
            {content}
          </span>
        ) : (
          content
        );
      })}
    </>
  );
}

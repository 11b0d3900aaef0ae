import { tokenize } from './tokens';

/**
 * One condition of a query: consecutive tokens a line must contain (a single word is a group of
 * one). With `prefix`, the last token may be the start of a longer word.
 */
export interface TermGroup {
  tokens: string[];
  prefix: boolean;
}

// A quoted phrase (the closing quote may be missing while someone types) or a bare word.
const PART_RE = /"([^"]*)"?|[^\s"]+/g;

/**
 * Splits what someone typed into term groups: every bare word must occur, `"a phrase"` must
 * occur as consecutive words, and the last bare word (when nothing follows it) matches as a
 * prefix, so results come while typing. A bare word that folds into several tokens (`3.3.0`,
 * `don't`) is matched as a phrase. Returns an empty list when there is nothing to match.
 */
export function parseQuery(text: string): TermGroup[] {
  const groups: TermGroup[] = [];
  let lastBare = false;
  for (const m of text.matchAll(PART_RE)) {
    const quoted = m[1] !== undefined;
    const tokens = tokenize(quoted ? m[1]! : m[0]);
    if (tokens.length === 0) continue;
    groups.push({ tokens, prefix: false });
    lastBare = !quoted;
  }
  const last = groups.at(-1);
  if (last && lastBare && !/\s$/.test(text)) last.prefix = true;
  return groups;
}

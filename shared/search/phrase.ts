import type { TermGroup } from './query';
import { isPlainAscii, tokenize } from './tokens';

function matchesAt(tokens: readonly string[], at: number, group: TermGroup): boolean {
  const last = group.tokens.length - 1;
  for (let j = 0; j <= last; j++) {
    const token = tokens[at + j];
    const want = group.tokens[j]!;
    if (token === undefined) return false;
    if (j === last && group.prefix ? !token.startsWith(want) : token !== want) return false;
  }
  return true;
}

/** True when the group's tokens occur consecutively in `tokens` (the last as a prefix if asked). */
export function containsGroup(tokens: readonly string[], group: TermGroup): boolean {
  for (let i = 0; i + group.tokens.length <= tokens.length; i++) {
    if (matchesAt(tokens, i, group)) return true;
  }
  return false;
}

/**
 * A test of whether a line's text holds the group's tokens consecutively. On plain ASCII text,
 * where tokens are runs of `[a-z0-9]`, a regular expression over the lower-cased text answers
 * without splitting it into tokens (a few times faster); other text is tokenized.
 */
export function phraseMatcher(group: TermGroup): (text: string) => boolean {
  const ascii = group.tokens.every((t) => /^[a-z0-9]+$/.test(t));
  const pattern = ascii
    ? new RegExp(
        `(?:^|[^a-z0-9])${group.tokens.join('[^a-z0-9]+')}${group.prefix ? '' : '(?![a-z0-9])'}`,
      )
    : null;
  return (text) => {
    if (!isPlainAscii(text)) return containsGroup(tokenize(text), group);
    return pattern !== null && pattern.test(text.toLowerCase());
  };
}

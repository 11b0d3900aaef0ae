/** A raw log line split as MeetBot's HTMLlog2 splits it: time, nick part, and the rest. */
export interface LogLineParts {
  time: string;
  nick: string;
  text: string;
}

// ASCII whitespace, as `\s` in MeetBot's (Python 2) regular expressions.
const isSpace = (ch: string | undefined): boolean =>
  ch === ' ' || ch === '\t' || ch === '\n' || ch === '\v' || ch === '\f' || ch === '\r';
const isTimeChar = (ch: string | undefined): boolean =>
  ch !== undefined && ((ch >= '0' && ch <= '9') || ch === ':' || isSpace(ch));

// `(?P<line>.*)`: the rest, up to a newline.
function restOf(s: string, i: number): string {
  const nl = s.indexOf('\n', i);
  return nl === -1 ? s.slice(i) : s.slice(i, nl);
}

function skipSpace(s: string, i: number): number {
  while (i < s.length && isSpace(s[i])) i++;
  return i;
}

// Where the time ends and the separator before `mark` begins: `[`? [0-9:\s]* `]`? \s* mark,
// the time taking as much as the regular expression's backtracking leaves it.
function timeEnd(s: string, start: number, mark: string, needSpace: boolean): number | null {
  let k = s[start] === '[' ? start + 1 : start;
  while (isTimeChar(s[k])) k++;
  if (s[k] === ']') {
    const after = skipSpace(s, k + 1);
    if (s[after] === mark && (!needSpace || after > k + 1)) return k + 1;
  }
  if (s[k] !== mark) return null;
  if (!needSpace) return k;
  return k > 0 && isSpace(s[k - 1]) ? k - 1 : null;
}

/**
 * HTMLlog2's `line_re`: `\s*(?P<time>\[?[0-9:\s]*\]?)\s*(?P<nick>\s+<[@+\s]?[^>]+>)\s*(?P<line>.*)`
 * with re.match, computed in one pass (the expression itself backtracks in cubic time over a
 * long run of spaces). Null when the line does not match.
 */
export function messageParts(s: string): LogLineParts | null {
  const start = skipSpace(s, 0);
  const end = timeEnd(s, start, '<', true);
  if (end === null) return null;
  const lt = skipSpace(s, end);
  const gt = s.indexOf('>', lt + 2);
  if (gt === -1 || s[lt + 1] === '>') return null;
  // The nick keeps one space before `<`: the `\s*` ahead of it takes the others.
  return {
    time: s.slice(Math.min(start, end), end),
    nick: s.slice(lt - 1, gt + 1),
    text: restOf(s, skipSpace(s, gt + 1)),
  };
}

/** HTMLlog2's `action_re`: `\s*(?P<time>…)\s*(?P<nick>\*\s+[@+\s]?[^\s]+)\s*(?P<line>.*)`, in one pass. */
export function actionParts(s: string): LogLineParts | null {
  const start = skipSpace(s, 0);
  const end = timeEnd(s, start, '*', false);
  if (end === null) return null;
  const star = skipSpace(s, end);
  const word = skipSpace(s, star + 1);
  if (word === star + 1 || word >= s.length) return null;
  let nickEnd = word;
  while (nickEnd < s.length && !isSpace(s[nickEnd])) nickEnd++;
  return {
    time: s.slice(start, end),
    nick: s.slice(star, nickEnd),
    text: restOf(s, skipSpace(s, nickEnd)),
  };
}

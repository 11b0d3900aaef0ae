/**
 * How Python measures and trims text, for the two kinds of string MeetBot forks work with:
 * `bytes` (Python 2 `str`: UTF-8 octets, ASCII whitespace) and `codepoints` (Python 2 `unicode`
 * on a wide build, or Python 3 `str`: code points, Unicode whitespace).
 */
export type TextModel = 'bytes' | 'codepoints';

/** Characters Python's `str.isspace()` accepts for Unicode strings (and `\s` with re.UNICODE). */
export const UNICODE_SPACE =
  '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
/** ASCII whitespace, what Python 2 byte strings (and `\s` without re.UNICODE) accept. */
export const ASCII_SPACE = '\\t\\n\\v\\f\\r ';

/** The whitespace character class body (without brackets) for a text model. */
export function spaceClass(model: TextModel): string {
  return model === 'bytes' ? ASCII_SPACE : UNICODE_SPACE;
}

const SPACE_CHAR = {
  bytes: new RegExp(`[${ASCII_SPACE}]`),
  codepoints: new RegExp(`[${UNICODE_SPACE}]`),
};
const SPLIT = {
  bytes: new RegExp(`[${ASCII_SPACE}]+`),
  codepoints: new RegExp(`[${UNICODE_SPACE}]+`),
};
const BLANK = {
  bytes: new RegExp(`^[${ASCII_SPACE}]*$`),
  codepoints: new RegExp(`^[${UNICODE_SPACE}]*$`),
};

/**
 * True when the UTF-16 code unit `code` is whitespace for the text model: the characters of
 * {@link ASCII_SPACE} or {@link UNICODE_SPACE}, tested without a regular expression.
 */
export function isPySpace(code: number, model: TextModel): boolean {
  if (code <= 0x20)
    return (
      code === 0x20 ||
      (code >= 0x09 && code <= 0x0d) ||
      (model === 'codepoints' && code >= 0x1c && code <= 0x1f)
    );
  if (code < 0x85 || model === 'bytes') return false;
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

// Printable ASCII is never whitespace in either model: most lines need no trimming at all.
const isPrintableAscii = (code: number): boolean => code > 0x20 && code < 0x7f;

/**
 * Trims from both ends the characters for which `isTrimmed` holds (a loop rather than a
 * `\s+$` regular expression, which takes quadratic time on a long run of spaces).
 */
export function trimWith(s: string, isTrimmed: (ch: string) => boolean): string {
  let start = 0;
  let end = s.length;
  while (start < end && isTrimmed(s[start]!)) start++;
  while (end > start && isTrimmed(s[end - 1]!)) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** Python's `s.strip()` with no argument. */
export function pyStrip(s: string, model: TextModel): string {
  if (
    s === '' ||
    (isPrintableAscii(s.charCodeAt(0)) && isPrintableAscii(s.charCodeAt(s.length - 1)))
  )
    return s;
  const re = SPACE_CHAR[model];
  return trimWith(s, (ch) => re.test(ch));
}

/** Python's `s.split()` with no argument: split on whitespace runs, no empty parts. */
export function pySplit(s: string, model: TextModel): string[] {
  const trimmed = pyStrip(s, model);
  return trimmed === '' ? [] : trimmed.split(SPLIT[model]);
}

/** True when Python's `s.strip() == ''`. */
export function pyIsBlank(s: string, model: TextModel): boolean {
  return BLANK[model].test(s);
}

/** UTF-8 length of a JavaScript string (a lone surrogate counts as the 3 octets of U+FFFD). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** Number of code points (a surrogate pair counts once). */
export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** Python's `len(s)` for the text model. */
export function pyLen(s: string, model: TextModel): number {
  return model === 'bytes' ? utf8Length(s) : codePointLength(s);
}

/**
 * Python's `s.expandtabs(8)`: each tab becomes spaces up to the next multiple of 8 columns,
 * counting columns as `len` does and restarting after `\n` and `\r`.
 */
export function expandTabs(s: string, model: TextModel, tabSize = 8): string {
  if (!s.includes('\t')) return s;
  let out = '';
  let column = 0;
  for (const ch of s) {
    if (ch === '\t') {
      const pad = tabSize - (column % tabSize);
      out += ' '.repeat(pad);
      column += pad;
    } else {
      out += ch;
      column = ch === '\n' || ch === '\r' ? 0 : column + pyLen(ch, model);
    }
  }
  return out;
}

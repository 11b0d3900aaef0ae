import { expandTabs, pyIsBlank, pyLen, spaceClass, type TextModel } from './python-text';
import { isPrintableAscii, wrapOnWhitespace, wrapPrintableAscii } from './wrap-on-whitespace';

/**
 * The options of Python 2.7's `textwrap.TextWrapper`, with its defaults, plus `model`: whether
 * lengths are counted in UTF-8 octets (a Python 2 byte string) or in code points.
 */
export interface WrapOptions {
  width: number;
  initialIndent: string;
  subsequentIndent: string;
  expandTabs: boolean;
  replaceWhitespace: boolean;
  fixSentenceEndings: boolean;
  breakLongWords: boolean;
  dropWhitespace: boolean;
  breakOnHyphens: boolean;
  model: TextModel;
}

/** Python's defaults: `TextWrapper()` on a byte string. */
export const WRAP_DEFAULTS: WrapOptions = {
  width: 70,
  initialIndent: '',
  subsequentIndent: '',
  expandTabs: true,
  replaceWhitespace: true,
  fixSentenceEndings: false,
  breakLongWords: true,
  dropWhitespace: true,
  breakOnHyphens: true,
  model: 'bytes',
};

// textwrap._whitespace: only these six become spaces, for byte and Unicode strings alike.
const MUNGE_RE = /[\t\n\v\f\r]/g;

interface Splitters {
  hyphens: RegExp;
  simple: RegExp;
}

// TextWrapper.wordsep_re and wordsep_simple_re of Python 2.7. `\w` is ASCII for byte strings;
// for Unicode strings the module compiles them with re.UNICODE.
function splitters(model: TextModel): Splitters {
  const s = spaceClass(model);
  const w = model === 'bytes' ? 'A-Za-z0-9_' : '\\p{L}\\p{N}_';
  const letter = model === 'bytes' ? 'A-Za-z_' : '\\p{L}_';
  const flags = model === 'bytes' ? '' : 'u';
  const hyphens = new RegExp(
    `([${s}]+|[^${s}${w}]*[${w}]+[${letter}]-(?=[${w}]+[${letter}])|(?<=[${w}!"'&.,?])-{2,}(?=[${w}]))`,
    flags,
  );
  return { hyphens, simple: new RegExp(`([${s}]+)`, flags) };
}

const SPLITTERS: Record<TextModel, Splitters> = {
  bytes: splitters('bytes'),
  codepoints: splitters('codepoints'),
};

const SENTENCE_END_RE = /[a-z][.!?]["']?$/;

function munge(text: string, o: WrapOptions): string {
  let t = o.expandTabs ? expandTabs(text, o.model) : text;
  if (o.replaceWhitespace) t = t.replace(MUNGE_RE, ' ');
  return t;
}

function split(text: string, o: WrapOptions): string[] {
  const pattern = o.breakOnHyphens ? SPLITTERS[o.model].hyphens : SPLITTERS[o.model].simple;
  return text.split(pattern).filter((chunk) => chunk !== '');
}

function fixSentenceEndings(chunks: string[]): void {
  let i = 0;
  while (i < chunks.length - 1) {
    if (chunks[i + 1] === ' ' && SENTENCE_END_RE.test(chunks[i]!)) {
      chunks[i + 1] = '  ';
      i += 2;
    } else i += 1;
  }
}

// The longest prefix of `chunk` no longer than `room`, and at least one code point, so that a
// multi-octet character is never cut in half (Python would cut a byte string anywhere).
function headOf(chunk: string, room: number, model: TextModel): number {
  if (room <= 0) return 0;
  let end = 0;
  let used = 0;
  for (const ch of chunk) {
    const size = pyLen(ch, model);
    if (end > 0 && used + size > room) break;
    used += size;
    end += ch.length;
    if (used >= room) break;
  }
  return end;
}

// TextWrapper._wrap_chunks, walking the chunks with an index (Python pops a reversed list) and
// measuring each chunk once.
function wrapChunks(chunks: string[], o: WrapOptions): string[] {
  if (o.width <= 0) throw new RangeError(`invalid width ${o.width} (must be > 0)`);
  const lens = chunks.map((c) => pyLen(c, o.model));
  const lines: string[] = [];
  const initial = pyLen(o.initialIndent, o.model);
  const subsequent = pyLen(o.subsequentIndent, o.model);
  let next = 0;
  while (next < chunks.length) {
    const line: string[] = [];
    let curLen = 0;
    const indent = lines.length > 0 ? o.subsequentIndent : o.initialIndent;
    const width = o.width - (lines.length > 0 ? subsequent : initial);
    if (o.dropWhitespace && lines.length > 0 && pyIsBlank(chunks[next]!, o.model)) next++;
    while (next < chunks.length && curLen + lens[next]! <= width) {
      line.push(chunks[next]!);
      curLen += lens[next++]!;
    }
    if (next < chunks.length && lens[next]! > width) {
      // _handle_long_word
      const room = width < 1 ? 1 : width - curLen;
      if (o.breakLongWords) {
        const chunk = chunks[next]!;
        const cut = headOf(chunk, room, o.model);
        line.push(chunk.slice(0, cut));
        chunks[next] = chunk.slice(cut);
        lens[next] = pyLen(chunks[next]!, o.model);
        if (chunks[next] === '') next++;
      } else if (line.length === 0) {
        line.push(chunks[next++]!);
      }
    }
    if (o.dropWhitespace && line.length > 0 && pyIsBlank(line[line.length - 1]!, o.model))
      line.pop();
    if (line.length > 0) lines.push(indent + line.join(''));
  }
  return lines;
}

// A paragraph that fits on its first line comes out whole, less its trailing whitespace chunk:
// what _wrap_chunks gives, without splitting it into chunks first.
function fitsOneLine(text: string, o: WrapOptions): string[] | null {
  if (!o.dropWhitespace || o.fixSentenceEndings || o.width <= 0) return null;
  if (pyLen(text, o.model) > o.width - pyLen(o.initialIndent, o.model)) return null;
  const line = trimEnd(text, o.model);
  return line === '' ? [] : [o.initialIndent + line];
}

function trimEnd(text: string, model: TextModel): string {
  let end = text.length;
  while (end > 0 && pyIsBlank(text[end - 1]!, model)) end--;
  return text.slice(0, end);
}

/**
 * `TextWrapper(**options).wrap(text)` as Python runs it: the text split into chunks, then lines
 * filled from them. {@link wrap} gives the same lines.
 */
export function wrapByChunks(text: string, options: Partial<WrapOptions> = {}): string[] {
  const o = { ...WRAP_DEFAULTS, ...options };
  const munged = munge(text, o);
  const oneLine = fitsOneLine(munged, o);
  if (oneLine !== null) return oneLine;
  const chunks = split(munged, o);
  if (o.fixSentenceEndings) fixSentenceEndings(chunks);
  return wrapChunks(chunks, o);
}

/** `TextWrapper(**options).wrap(text)`: the paragraph as lines no wider than `width`. */
export function wrap(text: string, options: Partial<WrapOptions> = {}): string[] {
  // MeetBot's own settings (every minutes writer) take the one-pass route; read without
  // copying the options, since a writer wraps every item of the minutes.
  const d = WRAP_DEFAULTS;
  if (
    !(options.breakOnHyphens ?? d.breakOnHyphens) &&
    !(options.breakLongWords ?? d.breakLongWords) &&
    (options.dropWhitespace ?? d.dropWhitespace) &&
    !(options.fixSentenceEndings ?? d.fixSentenceEndings) &&
    (options.width ?? d.width) > 0
  ) {
    const o = {
      width: options.width ?? d.width,
      initialIndent: options.initialIndent ?? d.initialIndent,
      subsequentIndent: options.subsequentIndent ?? d.subsequentIndent,
      model: options.model ?? d.model,
    };
    // Printable ASCII holds no tab or other whitespace for munging to change.
    if (isPrintableAscii(text)) return wrapPrintableAscii(text, o);
    return wrapOnWhitespace(munge(text, { ...d, ...options }), o);
  }
  return wrapByChunks(text, options);
}

/** `TextWrapper(**options).fill(text)`: the wrapped lines joined by `\n`. */
export function fill(text: string, options: Partial<WrapOptions> = {}): string {
  return wrap(text, options).join('\n');
}

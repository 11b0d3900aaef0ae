/**
 * mIRC formatting codes (https://modern.ircdocs.horse/formatting): bold \x02, colour \x03 with
 * `fg[,bg]` (one or two digits each), hex colour \x04 with `RRGGBB[,RRGGBB]`, reset \x0f,
 * monospace \x11, reverse \x16, italic \x1d, strikethrough \x1e, underline \x1f.
 * A comma after a colour is part of the code only when digits follow it; a bare \x03 or \x04
 * resets the colours.
 */
const FORMATTING_SOURCE =
  '[\\x02\\x0f\\x11\\x16\\x1d\\x1e\\x1f]' +
  '|\\x03(?:(\\d{1,2})(?:,(\\d{1,2}))?)?' +
  '|\\x04(?:([0-9A-Fa-f]{6})(?:,([0-9A-Fa-f]{6}))?)?';

/** Matches one formatting code; global, so it is used through `replace` or a fresh copy. */
export const FORMATTING_RE = new RegExp(FORMATTING_SOURCE, 'g');

/** The text with every formatting code removed; all other characters are kept as they are. */
export function stripFormatting(text: string): string {
  return text.replace(FORMATTING_RE, '');
}

/**
 * A colour: a palette index of the 99 mIRC colours (0–98), or `#RRGGBB` from a hex code.
 * Index 99 means "default" and is reported as null.
 */
export type IrcColor = number | string;

/** A run of text with one style; `fg`/`bg` null mean the reader's default colours. */
export interface StyledSpan {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  monospace: boolean;
  /** Reverse video (\x16): a renderer swaps the foreground and background colours. */
  reverse: boolean;
  fg: IrcColor | null;
  bg: IrcColor | null;
}

type Style = Omit<StyledSpan, 'text'>;

const PLAIN: Style = {
  bold: false,
  italic: false,
  underline: false,
  strike: false,
  monospace: false,
  reverse: false,
  fg: null,
  bg: null,
};

const TOGGLES: Record<string, keyof Style> = {
  '\x02': 'bold',
  '\x11': 'monospace',
  '\x16': 'reverse',
  '\x1d': 'italic',
  '\x1e': 'strike',
  '\x1f': 'underline',
};

function paletteColor(digits: string): IrcColor | null {
  const n = Number(digits);
  return n === 99 ? null : n;
}

/** Applies one formatting code (a match of FORMATTING_RE) to the current style. */
function applyCode(style: Style, match: RegExpExecArray): Style {
  const code = match[0][0]!;
  const toggle = TOGGLES[code];
  if (toggle) return { ...style, [toggle]: !style[toggle] };
  if (code === '\x0f') return PLAIN;
  const [, fg, bg, hexFg, hexBg] = match;
  if (code === '\x03') {
    if (fg === undefined) return { ...style, fg: null, bg: null };
    return { ...style, fg: paletteColor(fg), bg: bg === undefined ? style.bg : paletteColor(bg) };
  }
  if (hexFg === undefined) return { ...style, fg: null, bg: null };
  return {
    ...style,
    fg: `#${hexFg.toUpperCase()}`,
    bg: hexBg === undefined ? style.bg : `#${hexBg.toUpperCase()}`,
  };
}

/**
 * Splits text into styled spans, in order, without the codes. Concatenating the spans' text
 * gives `stripFormatting(text)`. Empty spans are left out; text without codes gives one span.
 */
export function parseFormatting(text: string): StyledSpan[] {
  const spans: StyledSpan[] = [];
  const re = new RegExp(FORMATTING_SOURCE, 'g');
  let style = PLAIN;
  let from = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m.index > from) spans.push({ text: text.slice(from, m.index), ...style });
    style = applyCode(style, m);
    from = re.lastIndex;
  }
  if (from < text.length) spans.push({ text: text.slice(from), ...style });
  return spans;
}

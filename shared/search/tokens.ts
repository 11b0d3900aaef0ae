import { stripFormatting } from '../irc/format';

// Letters that carry no combining mark in Unicode, so NFKD alone does not reduce them.
const SPECIAL_FOLDS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ħ: 'h',
  ı: 'i',
  þ: 'th',
};
const SPECIAL_RE = /[ßæœøđðłħıþ]/g;
// Latin, Greek and Cyrillic accents after NFKD; marks of other scripts are part of their words.
const DIACRITICS_RE = /[\u0300-\u036f]/g;
const TOKEN_RE = /[\p{L}\p{N}\p{M}]+/gu;
// On printable ASCII the same tokens, found about twice as fast.
const ASCII_TOKEN_RE = /[a-z0-9]+/g;
const PLAIN_ASCII_RE = /^[\x20-\x7e]*$/;

/** True for text of printable ASCII only, whose tokens are runs of `[a-z0-9]` once lower-cased. */
export function isPlainAscii(text: string): boolean {
  return PLAIN_ASCII_RE.test(text);
}

/**
 * Text reduced for matching: IRC formatting codes removed, compatibility forms and accents
 * folded (`Ｃafé` → `cafe`, `Straße` → `strasse`), lower case.
 */
export function foldText(text: string): string {
  if (PLAIN_ASCII_RE.test(text)) return text.toLowerCase();
  return stripFormatting(text)
    .normalize('NFKD')
    .replace(DIACRITICS_RE, '')
    .toLowerCase()
    .replace(SPECIAL_RE, (c) => SPECIAL_FOLDS[c] ?? c);
}

/** The words of `text` for matching: runs of letters, digits and marks of its folded form. */
export function tokenize(text: string): string[] {
  if (PLAIN_ASCII_RE.test(text)) return text.toLowerCase().match(ASCII_TOKEN_RE) ?? [];
  return foldText(text).match(TOKEN_RE) ?? [];
}

/** A word of the original text: where it sits, and the folded tokens it stands for. */
export interface TokenSpan {
  start: number;
  end: number;
  tokens: string[];
}

/**
 * The words of `text` with their UTF-16 offsets in `text` itself (not in its folded form), for
 * highlighting. Each word lists the folded tokens it yields (usually one).
 */
export function tokenSpans(text: string): TokenSpan[] {
  const spans: TokenSpan[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const tokens = tokenize(m[0]);
    if (tokens.length > 0) spans.push({ start: m.index, end: m.index + m[0].length, tokens });
  }
  return spans;
}

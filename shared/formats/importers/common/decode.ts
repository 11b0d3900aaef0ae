import type { Result } from '../../../ipc/result';
import { fail, ok } from '../../../ipc/result';
import { asciiParts } from './ascii-parts';

// Control characters that never belong in a text log: C0 except TAB, LF, CR and the mIRC
// formatting codes, plus DEL and the replacement character left by invalid UTF-8.
const JUNK_RE = /[\x01\x05-\x08\x0b\x0c\x0e\x10\x12-\x15\x17-\x1c\x7f\ufffd]/g;
// Share of such characters above which the input is taken for a binary file.
const MAX_JUNK_SHARE = 0.05;
// Enough of the start of a file to judge it, without scanning a whole large log.
const PROBE_CHARS = 65_536;

/** The first `chars` characters of the text that `parts` join into. */
export function headOf(parts: readonly string[], chars: number): string {
  let head = '';
  for (const part of parts) {
    if (head.length >= chars) break;
    head += part;
  }
  return head.slice(0, chars);
}

/**
 * {@link decodeLog}'s text as consecutive parts that join into it, each ending at a line end (but
 * the last). Lines of plain ASCII come in runs of their own, so most of a large log is held as
 * compact one-byte strings however few of its lines hold other characters.
 */
export function decodeLogParts(input: string | Uint8Array): Result<string[]> {
  return checkLogParts(typeof input === 'string' ? [input] : asciiParts(input));
}

/**
 * Text already decoded as such parts (e.g. as a file arrived), checked as {@link decodeLogParts}
 * checks it: a leading byte-order mark dropped (in a copy; `parts` is left as it is), `empty`
 * for nothing but whitespace, `binary` for NUL or a high share of control characters.
 */
export function checkLogParts(parts: readonly string[]): Result<string[]> {
  const checked = withoutBom(parts);
  if (checked.every((part) => part.trim() === ''))
    return fail('empty', 'the file is empty: expected an IRC log or a meeting page');
  const head = binaryHead(checked);
  return head.ok ? ok(checked) : head;
}

/** `parts` without the byte-order mark that may start the first (a copy; `parts` stays as it is). */
export function withoutBom(parts: readonly string[]): string[] {
  const first = parts[0] ?? '';
  return first.charCodeAt(0) === 0xfeff ? [first.slice(1), ...parts.slice(1)] : [...parts];
}

/**
 * The `binary` failure {@link checkLogParts} gives, judged from the parts there are so far: NUL
 * in any of them, or too many control characters in the first 64 Ki characters.
 */
export function binaryHead(parts: readonly string[]): Result<true> {
  if (parts.some((part) => part.includes('\0'))) {
    return fail('binary', 'the file is binary (it contains NUL bytes): expected a text log');
  }
  const probe = headOf(parts, PROBE_CHARS);
  const junk = probe.match(JUNK_RE)?.length ?? 0;
  if (junk / probe.length > MAX_JUNK_SHARE) {
    return fail('binary', 'the file is binary or not UTF-8 text: expected a text log');
  }
  return ok(true);
}

/**
 * Text from a file's bytes or a string: UTF-8 (invalid sequences replaced), byte-order mark
 * removed. Fails with `empty` for nothing but whitespace and with `binary` for NUL bytes or a
 * high share of control characters.
 */
export function decodeLog(input: string | Uint8Array): Result<string> {
  const parts = decodeLogParts(input);
  return parts.ok ? ok(parts.value.join('')) : parts;
}

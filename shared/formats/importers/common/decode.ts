import type { Result } from '../../../ipc/result';
import { fail, ok } from '../../../ipc/result';

// Control characters that never belong in a text log: C0 except TAB, LF, CR and the mIRC
// formatting codes, plus DEL and the replacement character left by invalid UTF-8.
const JUNK_RE = /[\x01\x05-\x08\x0b\x0c\x0e\x10\x12-\x15\x17-\x1c\x7f\ufffd]/g;
// Share of such characters above which the input is taken for a binary file.
const MAX_JUNK_SHARE = 0.05;
// Enough of the start of a file to judge it, without scanning a whole large log.
const PROBE_CHARS = 65_536;

/**
 * Text from a file's bytes or a string: UTF-8 (invalid sequences replaced), byte-order mark
 * removed. Fails with `empty` for nothing but whitespace and with `binary` for NUL bytes or a
 * high share of control characters.
 */
export function decodeLog(input: string | Uint8Array): Result<string> {
  let text = typeof input === 'string' ? input : new TextDecoder('utf-8').decode(input);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '')
    return fail('empty', 'the file is empty: expected an IRC log or a meeting page');
  if (text.includes('\0')) {
    return fail('binary', 'the file is binary (it contains NUL bytes): expected a text log');
  }
  const probe = text.slice(0, PROBE_CHARS);
  const junk = probe.match(JUNK_RE)?.length ?? 0;
  if (junk / probe.length > MAX_JUNK_SHARE) {
    return fail('binary', 'the file is binary or not UTF-8 text: expected a text log');
  }
  return ok(text);
}

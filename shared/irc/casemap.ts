/**
 * IRC casemapping (modern.ircdocs.horse, ISUPPORT CASEMAPPING). Under `rfc1459`, the default
 * when a server announces none, `[]\^` are the upper case of `{}|~`; under `strict-rfc1459`
 * `^`/`~` are not; under `ascii` only A–Z fold.
 */
export type CaseMapping = 'rfc1459' | 'strict-rfc1459' | 'ascii';

const UPPER_BOUND: Record<CaseMapping, number> = {
  ascii: 0x5a, // Z
  'strict-rfc1459': 0x5d, // ]
  rfc1459: 0x5e, // ^
};

/** `name` folded to lower case under `mapping`: two names are the same exactly when their folds are. */
export function ircLower(name: string, mapping: CaseMapping = 'rfc1459'): string {
  const bound = UPPER_BOUND[mapping];
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    out += code >= 0x41 && code <= bound ? String.fromCharCode(code + 0x20) : name[i];
  }
  return out;
}

/**
 * True when `a` and `b` name one channel (or nick) under `mapping`: `#a[b]` and `#A{B}` do under
 * `rfc1459`. The core and the window both compare channel names with it.
 */
export function sameChannel(a: string, b: string, mapping: CaseMapping = 'rfc1459'): boolean {
  return ircLower(a, mapping) === ircLower(b, mapping);
}

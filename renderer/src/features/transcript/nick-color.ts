import { ircLower } from '../../../../shared/irc/casemap';

/** How many nick colours the palette has (styles/nicks.css defines each for both themes). */
export const NICK_COLORS = 16;

/**
 * A nick's colour class, `nick-c0` … `nick-c15`: a stable hash (FNV-1a, 32-bit) of the nick in
 * IRC lower case, so `Alice` and `alice` match and a nick keeps its colour across meetings.
 */
export function nickColorClass(nick: string): string {
  const name = ircLower(nick);
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `nick-c${(hash >>> 0) % NICK_COLORS}`;
}

import type { Participant } from '../../domain/imported';
import { plainText } from './outline-item';

const BULLET_RE = /^[ \t]*[-*+][ \t]+(.*)$/;
const NAME_ABBR_RE = /^(.*\S)\s*\(([^()\s]{1,30})\)$/;
const ABBR_NAME_RE = /^([^\s()]{1,30}) [-–—:] (.+)$/;
const NAME_RE = /^[\p{L}][\p{L}'. -]*$/u;

// `dcm - Daniel-Constantin Mierla (miconda)`: abbreviation, name, then the nick in the channel.
function withNick(name: string, nick: string): Participant {
  const parts = ABBR_NAME_RE.exec(name);
  return parts ? { nick, name: parts[2]!.trim(), alias: parts[1]! } : { nick, name };
}

/**
 * Reads the people listed in a page's Participants section: `Daniel-Constantin Mierla (dcm)` and
 * `dcm - Daniel-Constantin Mierla` give the abbreviation as `nick`; a bare `Jason Penton` gives an
 * empty `nick`. Abbreviations are how people appear in the agenda, not necessarily their nick in
 * the channel; the 2019 pages give both, `dcm - Daniel-Constantin Mierla (miconda)`: then the
 * nick is the one in parentheses and the abbreviation is kept as `alias`.
 */
export function readParticipants(lines: readonly string[]): Participant[] {
  const people: Participant[] = [];
  for (const raw of lines) {
    const bullet = BULLET_RE.exec(raw);
    if (!bullet) continue;
    const text = plainText(bullet[1]!);
    let m = NAME_ABBR_RE.exec(text);
    if (m) people.push(withNick(m[1]!, m[2]!));
    else if ((m = ABBR_NAME_RE.exec(text))) people.push({ nick: m[1]!, name: m[2]!.trim() });
    else if (NAME_RE.test(text)) people.push({ nick: '', name: text });
  }
  return people;
}

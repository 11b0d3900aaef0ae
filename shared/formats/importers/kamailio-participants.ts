import type { Participant } from '../../domain/imported';
import { plainText } from './outline-item';

const BULLET_RE = /^[ \t]*[-*+][ \t]+(.*)$/;
const NAME_ABBR_RE = /^(.*\S)\s*\(([^()\s]{1,30})\)$/;
const ABBR_NAME_RE = /^([^\s()]{1,30}) [-–—:] (.+)$/;
const NAME_RE = /^[\p{L}][\p{L}'. -]*$/u;

/**
 * Reads the people listed in a page's Participants section: `Daniel-Constantin Mierla (dcm)` and
 * `dcm - Daniel-Constantin Mierla` give the abbreviation as `nick`; a bare `Jason Penton` gives an
 * empty `nick`. Abbreviations are how people appear in the agenda, not necessarily their nick in
 * the channel.
 */
export function readParticipants(lines: readonly string[]): Participant[] {
  const people: Participant[] = [];
  for (const raw of lines) {
    const bullet = BULLET_RE.exec(raw);
    if (!bullet) continue;
    const text = plainText(bullet[1]!);
    let m = NAME_ABBR_RE.exec(text);
    if (m) people.push({ nick: m[2]!, name: m[1]! });
    else if ((m = ABBR_NAME_RE.exec(text))) people.push({ nick: m[1]!, name: m[2]!.trim() });
    else if (NAME_RE.test(text)) people.push({ nick: '', name: text });
  }
  return people;
}

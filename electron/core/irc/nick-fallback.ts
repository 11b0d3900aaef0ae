import { MAX_NICK_LENGTH, nickProblem } from '../../../shared/irc/validate';

/**
 * The nicks to try in turn when the server says a nick is in use during sign-in: the ones the
 * user listed, then the nick with `_` appended (once and twice), which is what most IRC clients
 * do. Invalid or repeated candidates are left out; the list never includes `nick` itself.
 */
export function nickCandidates(nick: string, altNicks: readonly string[] = []): string[] {
  const seen = new Set([nick.toLowerCase()]);
  const out: string[] = [];
  for (const candidate of [...altNicks, `${nick}_`, `${nick}__`]) {
    const trimmed = candidate.slice(0, MAX_NICK_LENGTH);
    if (nickProblem(trimmed) !== null || seen.has(trimmed.toLowerCase())) continue;
    seen.add(trimmed.toLowerCase());
    out.push(trimmed);
  }
  return out;
}

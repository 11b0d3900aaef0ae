import type { MeetingItem } from '../domain/meeting';

// A nick is a whole word when no letter, digit or underscore touches it on either side. Unlike
// `\b`, this also finds nicks that end in `^`, `|` or `_` (`foo^`, `x|away`).
const WORD = 'A-Za-z0-9_';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** A matcher for one nick as a whole word, case-insensitively; compile once per nick. */
export function nickMatcher(nick: string): RegExp {
  return new RegExp(`(?<![${WORD}])${escapeRegExp(nick)}(?![${WORD}])`, 'i');
}

/**
 * HCoop Meetbot's matcher for a nick or an alias: the name standing alone between spaces (or at
 * either end), bare, followed by `:`, or in parentheses, ignoring case — so `layline,` is not
 * `layline`, and `Clinton Alias` is found as a whole.
 */
export function hcoopMatcher(name: string): RegExp {
  const n = escapeRegExp(name);
  return new RegExp(`(?:^|\\s)(?:${n}|${n}:|\\(${n}\\))(?:$|\\s)`, 'i');
}

/** How owners are found: the matcher for one name, and the alias each nick also goes by. */
export interface OwnerRules {
  matcher: (name: string) => RegExp;
  aliases: ReadonlyMap<string, string>;
}

const WHOLE_WORD: OwnerRules = { matcher: nickMatcher, aliases: new Map() };

/**
 * The owners of each action: the candidate nicks (in the given order) whose name, or alias,
 * appears in the action's text. By default a name is found as a whole word, ignoring case.
 * Zodbot instead used a case-sensitive substring search, which also gave `bob` the actions of
 * `kebobby` and missed `Bob`.
 */
export function actionOwners(
  actions: readonly MeetingItem[],
  candidates: readonly string[],
  rules: OwnerRules = WHOLE_WORD,
): string[][] {
  const owners: string[][] = actions.map(() => []);
  for (const nick of candidates) {
    if (nick === '') continue;
    const names = [nick, rules.aliases.get(nick) ?? ''].filter((n) => n !== '');
    const res = names.map(rules.matcher);
    actions.forEach((action, i) => {
      if (res.some((re) => re.test(action.text))) owners[i]!.push(nick);
    });
  }
  return owners;
}

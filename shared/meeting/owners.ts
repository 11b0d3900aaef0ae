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
 * The owners of each action: the candidate nicks (in the given order) whose name appears in the
 * action's text as a whole word, ignoring case. Zodbot instead used a case-sensitive substring
 * search, which also gave `bob` the actions of `kebobby` and missed `Bob`.
 */
export function actionOwners(
  actions: readonly MeetingItem[],
  candidates: readonly string[],
): string[][] {
  const owners: string[][] = actions.map(() => []);
  for (const nick of candidates) {
    if (nick === '') continue;
    const re = nickMatcher(nick);
    actions.forEach((action, i) => {
      if (re.test(action.text)) owners[i]!.push(nick);
    });
  }
  return owners;
}

import { beginVote } from './state';
import { addItem, type Command } from './command';
import { py2DictOrder } from './py2-dict';

// OpenStack's startvote_RE (greedy: the question runs to the last `?`) and choicesSplit_RE.
const START_RE = /^([^\n]*)\?\s*([^\n]*)/;
const CHOICES_SPLIT_RE = /[^A-Za-z0-9_+-]+/;
const DEFAULT_OPTIONS = ['Yes', 'No'];

/** `#startvote Question? a, b, c` (chairs; Yes/No when no options are given). */
export const startVote: Command = {
  chairOnly: true,
  run(state, ctx) {
    if (state.vote) return;
    const m = START_RE.exec(ctx.arg);
    if (!m) return;
    const options = m[2] === '' ? [] : m[2]!.split(CHOICES_SPLIT_RE).filter((o) => o !== '');
    beginVote(state, `${m[1]}?`, options.length > 0 ? options : DEFAULT_OPTIONS, ctx.stamp);
  },
};

/** `#vote option` (anyone, any case); an option not on the list is ignored. */
export const castOption: Command = {
  chairOnly: false,
  run(state, ctx) {
    const vote = state.vote;
    if (!vote) return;
    const choice = vote.options.find((o) => o.toLowerCase() === ctx.arg.toLowerCase());
    if (choice === undefined) return;
    if (!vote.chosen.includes(choice.toLowerCase())) vote.chosen.push(choice.toLowerCase());
    vote.votes.set(ctx.nick, choice);
  },
};

/**
 * `#endvote`: records `Voted on "Q?" Results are, a: 2, b: 0`. Like the bot, it lists every
 * option anybody ever chose (a count can fall back to 0), in its Python 2 dict's order.
 */
export const endOptionVote: Command = {
  chairOnly: true,
  run(state, ctx) {
    const vote = state.vote;
    if (!vote) return;
    const counts = new Map<string, number>();
    for (const choice of vote.votes.values()) {
      const key = choice.toLowerCase();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const parts = py2DictOrder(vote.chosen, state.options.preset.textModel).map((key) => {
      const label = vote.options.find((o) => o.toLowerCase() === key) ?? key;
      return `, ${label}: ${counts.get(key) ?? 0}`;
    });
    vote.result = `Voted on "${vote.question}" Results are${parts.join('')}`;
    addItem(state, 'vote', ctx, vote.result);
    state.vote = null;
  },
};

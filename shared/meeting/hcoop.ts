import { addItem, type Command } from './command';
import { addNick, type MeetingState, beginVote } from './state';

/**
 * HCoop Meetbot's motions: `#motion text` (chairs) opens a vote, `#vote +1`/`#vote -1` casts one
 * (a choice starting with `+` is in favour, anything else opposed), `#close` (chairs) counts
 * them and records `Motion accepted|failed|inconclusive: N in favor to M opposed`, and
 * `#accepted`/`#failed`/`#inconclusive` (chairs) record an outcome without counting.
 */
export const motion: Command = {
  chairOnly: true,
  run(state, ctx) {
    addItem(state, 'vote', ctx);
    beginVote(state, ctx.arg, ['+1', '-1'], ctx.stamp);
  },
};

/** `#vote +1` while a motion is open: the voter's last vote counts. */
export const hcoopVote: Command = {
  chairOnly: false,
  run(state, ctx) {
    state.vote?.votes.set(ctx.nick, ctx.arg.startsWith('+') ? '+1' : '-1');
  },
};

function settle(state: MeetingState, result: string | null): void {
  if (state.vote) state.vote.result = result;
  state.vote = null;
}

/** `#close`: counts the open motion's votes; with none, the motion stays open (as the bot does). */
export const close: Command = {
  chairOnly: true,
  run(state, ctx) {
    const vote = state.vote;
    if (!vote) return;
    const choices = [...vote.votes.values()];
    const yes = choices.filter((c) => c === '+1').length;
    const no = choices.length - yes;
    if (choices.length === 0) return;
    const outcome = yes > no ? 'accepted' : yes < no ? 'failed' : 'inconclusive';
    const result = `Motion ${outcome}: ${yes} in favor to ${no} opposed`;
    settle(state, result);
    const type = outcome === 'accepted' ? 'accepted' : outcome === 'failed' ? 'rejected' : 'info';
    addItem(state, type, ctx, result);
  },
};

/** `#accepted`, `#failed`, `#inconclusive text`: an outcome recorded by hand, closing any motion. */
export function outcome(type: 'accepted' | 'rejected' | 'info'): Command {
  return {
    chairOnly: true,
    run(state, ctx) {
      settle(state, ctx.arg === '' ? null : ctx.arg);
      addItem(state, type, ctx);
    },
  };
}

/**
 * `#here` or `#here alias`: the speaker is present, and goes by `alias` too when actions are
 * read for their owners. As HCoop Meetbot does, the last `#here` counts: one with no alias (or
 * the nick itself) drops an alias given before.
 */
export const here: Command = {
  chairOnly: false,
  run(state, ctx) {
    addNick(state, ctx.nick, 0);
    const alias = ctx.arg.trim();
    if (alias === '' || alias === ctx.nick) state.aliases.delete(ctx.nick);
    else state.aliases.set(ctx.nick, alias);
  },
};

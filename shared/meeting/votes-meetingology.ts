import { addItem, type Command, type CommandContext } from './command';
import { nickList } from './names';
import { addNick, type MeetingState } from './state';

// A public vote is any line starting with +1, -1, +0, -0 or 0 as a whole word.
const CAST_RE = /^([+-]1|[+-]?0)(?![\p{L}\p{N}_])/u;
const FOR_RE = /^\+1(?![\p{L}\p{N}_])/u;
const AGAINST_RE = /^-1(?![\p{L}\p{N}_])/u;
const ABSTAIN_RE = /^[+-]?0(?![\p{L}\p{N}_])/u;
const EVERYONE = new Set(['everyone', 'everybody', 'all']);

/** `#vote question`: opens a vote unless one is already open. */
export const openVote: Command = {
  chairOnly: true,
  run(state, ctx) {
    if (state.vote) return;
    state.vote = {
      question: ctx.arg,
      options: ['+1', '-1', '+0'],
      votes: new Map(),
      chosen: [],
      result: null,
      opened: ctx.stamp,
    };
    state.votes.push(state.vote);
  },
};

/** `#votesrequired N`: the margin (for minus against) a motion needs; not a number means 0. */
export const votesRequired: Command = {
  chairOnly: true,
  run(state, ctx) {
    const n = /^\s*[+-]?\d+\s*$/.test(ctx.arg) ? Number.parseInt(ctx.arg, 10) : 0;
    state.votesRequired = n;
  },
};

/** `#voters a b` limits who may vote (each made known with 0 lines); `#voters everyone` lifts it. */
export const votersCommand: Command = {
  chairOnly: true,
  run(state, ctx) {
    for (const voter of nickList(ctx.arg, state.options.preset.textModel)) {
      if (EVERYONE.has(voter)) {
        state.voters.clear();
        return;
      }
      if (state.voters.has(voter)) continue;
      addNick(state, voter, 0);
      state.voters.add(voter);
    }
  },
};

/** Closes the open vote: tallies it and records `question (Carried|Denied)`. */
export function closeVote(state: MeetingState, ctx: CommandContext): void {
  const vote = state.vote;
  if (!vote) return;
  let [yes, no, abstain] = [0, 0, 0];
  for (const v of vote.votes.values()) {
    if (FOR_RE.test(v)) yes++;
    else if (AGAINST_RE.test(v)) no++;
    else if (ABSTAIN_RE.test(v)) abstain++;
  }
  const carried = yes - no >= state.votesRequired;
  vote.result = `Motion ${carried ? 'carried' : 'denied'} (For: ${yes}, Against: ${no}, Abstained: ${abstain})`;
  addItem(state, 'vote', ctx, `${vote.question} (${carried ? 'Carried' : 'Denied'})`);
  state.vote = null;
}

/** `#endvote`. */
export const endVote: Command = { chairOnly: true, run: closeVote };

/** Records `+1`/`-1`/`+0` lines while a vote is open; a voter's last line counts. */
export function castVote(state: MeetingState, nick: string, text: string): void {
  if (!state.vote || !CAST_RE.test(text)) return;
  if (state.voters.size > 0 && !state.voters.has(nick)) return;
  state.vote.votes.set(nick, text);
}

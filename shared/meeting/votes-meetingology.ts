import { addItem, type Command, type CommandContext } from './command';
import { nickList } from './names';
import { addNick, type MeetingState, beginVote } from './state';

// A public vote is any line starting with +1, -1, +0, -0 or 0 as a whole word; what follows is
// the voter's comment.
const CAST_RE = /^([+-]1|[+-]?0)(?![\p{L}\p{N}_])\s*([^\n]*)$/u;
// meetingology's acknowledgement, `+1 received from ann` or `+1 looks good received from ann`:
// the bot's own line, never a vote.
const RECEIVED_RE = / received from [^\s]+$/;
const FOR_RE = /^\+1(?![\p{L}\p{N}_])/u;
const AGAINST_RE = /^-1(?![\p{L}\p{N}_])/u;
const ABSTAIN_RE = /^[+-]?0(?![\p{L}\p{N}_])/u;
const EVERYONE = new Set(['everyone', 'everybody', 'all']);

/** `#vote question`: opens a vote unless one is already open. */
export const openVote: Command = {
  chairOnly: true,
  run(state, ctx) {
    if (state.vote) return;
    beginVote(state, ctx.arg, ['+1', '-1', '+0'], ctx.stamp);
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

// What the bot decided. 0.4.0 carries a motion when for minus against reaches #votesrequired;
// 0.1.5 wanted more than that, and called an even count with no #votesrequired a deadlock.
function outcome(state: MeetingState, margin: number): 'carried' | 'denied' | 'deadlocked' {
  const needed = state.votesRequired;
  if (state.generation === '0.4.0') return margin >= needed ? 'carried' : 'denied';
  if (margin !== needed) return margin > needed ? 'carried' : 'denied';
  return needed === 0 ? 'deadlocked' : 'carried';
}

/**
 * Closes the open vote: tallies it and records its result. meetingology 0.4.0 also lists the
 * vote in its topic as `question (Carried|Denied)`; 0.1.5 kept it to its vote section only.
 */
export function closeVote(
  state: MeetingState,
  ctx: CommandContext,
  listed = state.generation === '0.4.0',
): void {
  const vote = state.vote;
  if (!vote) return;
  let [yes, no, abstain] = [0, 0, 0];
  for (const v of vote.votes.values()) {
    if (FOR_RE.test(v)) yes++;
    else if (AGAINST_RE.test(v)) no++;
    else if (ABSTAIN_RE.test(v)) abstain++;
  }
  const result = outcome(state, yes - no);
  vote.result = `Motion ${result} (For: ${yes}, Against: ${no}, Abstained: ${abstain})`;
  if (listed) {
    const label = result.charAt(0).toUpperCase() + result.slice(1);
    addItem(state, 'vote', ctx, `${vote.question} (${label})`);
  }
  state.vote = null;
}

/** `#endvote`. */
export const endVote: Command = { chairOnly: true, run: (state, ctx) => closeVote(state, ctx) };

/**
 * Records `+1`/`-1`/`+0` lines while a vote is open; a voter's last line counts. The choice is
 * kept as one of the vote's options (`0` and `-0` are `+0`), anything said after it as the
 * voter's comment. The bot's `… received from nick` acknowledgements are not votes.
 */
export function castVote(state: MeetingState, nick: string, text: string): void {
  const vote = state.vote;
  if (!vote || RECEIVED_RE.test(text)) return;
  const m = CAST_RE.exec(text);
  if (!m) return;
  if (state.voters.size > 0 && !state.voters.has(nick)) return;
  const said = m[1]!;
  vote.votes.set(nick, said === '+1' || said === '-1' ? said : '+0');
  const comment = m[2]!.trim();
  if (comment === '') vote.comments.delete(nick);
  else vote.comments.set(nick, comment);
}

import type { VoteView } from '../../../../shared/ipc/meeting-schemas';
import type { MeetingState } from '../../../../shared/meeting/index';
import type { Meeting } from '../../../../shared/domain/meeting';

// meetingology counts `0` and `-0` as abstentions, like `+0`.
const ABSTAIN = new Set(['0', '-0']);

/** The option a vote counts for: its first word, matched to the options ignoring case. */
function choiceOf(vote: string, options: readonly string[]): string | null {
  const word = vote.trim().split(/\s+/)[0] ?? '';
  const token = ABSTAIN.has(word) ? '+0' : word.toLowerCase();
  return options.find((o) => o.toLowerCase() === token) ?? null;
}

/** How many votes each option has now (every option listed, 0 when nobody chose it). */
export function tally(
  options: readonly string[],
  votes: Record<string, string>,
): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(options.map((o) => [o, 0]));
  for (const vote of Object.values(votes)) {
    const choice = choiceOf(vote, options);
    if (choice !== null) counts[choice] = (counts[choice] ?? 0) + 1;
  }
  return counts;
}

/** The meeting's votes as the UI shows them; the vote still being taken is `open`. */
export function voteViews(meeting: Meeting, state: MeetingState): VoteView[] {
  return meeting.votes.map((vote, i) => ({
    question: vote.question,
    options: vote.options,
    votes: vote.votes,
    tally: tally(vote.options, vote.votes),
    open: state.vote !== null && state.votes[i] === state.vote && !state.ended,
    result: vote.result,
  }));
}

import { useAppState } from '../../app/AppContext';
import { ShortcutButton } from '../../keyboard/ShortcutButton';
import { openVote } from './meeting-view';

/** The open vote with its live tally: each option, how many chose it, and who. */
export function VotePanel() {
  const vote = useAppState((s) => openVote(s.meeting));
  const openDialog = useAppState((s) => s.openDialog);
  if (!vote) return null;
  const voters = Object.entries(vote.votes);
  const options = vote.options.length > 0 ? vote.options : Object.keys(vote.tally);
  return (
    <section className="vote-panel" aria-labelledby="vote-heading" data-testid="vote-panel">
      <h2 id="vote-heading">
        Vote: <bdi>{vote.question}</bdi>
      </h2>
      <ul className="vote-tally" aria-live="polite">
        {options.map((option) => (
          <li key={option}>
            <bdi className="vote-option">{option}</bdi>{' '}
            <span className="vote-count">{vote.tally[option] ?? 0}</span>
            <span className="vote-voters">
              {' '}
              {voters
                .filter(([, choice]) => choice.toLowerCase() === option.toLowerCase())
                .map(([nick]) => nick)
                .join(', ')}
            </span>
          </li>
        ))}
      </ul>
      <ShortcutButton
        shortcut="vote"
        label="End vote"
        onClick={() => openDialog({ kind: 'end-vote' })}
      />
    </section>
  );
}

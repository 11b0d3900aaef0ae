import { useActions, useAppState } from '../../app/AppContext';
import { FormDialog } from '../../components/FormDialog';
import { openVote, voteSummary } from './meeting-view';

/** Confirms closing the open vote, showing the tally it closes with. */
export function EndVoteDialog({ onClose }: { onClose(): void }) {
  const actions = useActions();
  const vote = useAppState((s) => openVote(s.meeting));
  return (
    <FormDialog
      title="End the vote?"
      description={vote ? `“${vote.question}” — ${voteSummary(vote)}.` : 'No vote is open.'}
      submitLabel="End vote"
      onClose={onClose}
      onSubmit={async () => {
        const result = await actions.command({ type: 'vote-end' });
        return result.ok ? null : result.error.message;
      }}
    />
  );
}

import { useState } from 'react';
import { useActions, useAppState } from '../../app/AppContext';
import { FormDialog } from '../../components/FormDialog';
import { openVote, voteSummary } from './meeting-view';

/**
 * Confirms ending the meeting; the minutes are written when it ends. With a vote still open it
 * offers (ticked) to close the vote first, so its result is in the minutes.
 */
export function EndMeetingDialog({ onClose }: { onClose(): void }) {
  const actions = useActions();
  const channel = useAppState((s) => s.meeting?.channel ?? '');
  const vote = useAppState((s) => openVote(s.meeting));
  const [closeVote, setCloseVote] = useState(true);
  return (
    <FormDialog
      title="End the meeting?"
      description={`The meeting in ${channel} ends now and its minutes are written.`}
      submitLabel={vote && closeVote ? 'Close the vote and end' : 'End meeting'}
      danger
      focusSubmit
      onClose={onClose}
      onSubmit={async () => {
        if (vote && closeVote) {
          const closed = await actions.command({ type: 'vote-end' });
          if (!closed.ok) return closed.error.message;
        }
        const result = await actions.endMeeting();
        return result.ok ? null : result.error.message;
      }}
    >
      {vote && (
        <label className="end-close-vote">
          <input
            type="checkbox"
            checked={closeVote}
            onChange={(e) => setCloseVote(e.target.checked)}
          />{' '}
          Close the open vote first, so its result is in the minutes: “<bdi>{vote.question}</bdi>” —{' '}
          {voteSummary(vote)}
        </label>
      )}
    </FormDialog>
  );
}

import { useState } from 'react';
import type { MeetingMode } from '../../../../shared/ipc/meeting-schemas';
import { useActions, useAppState } from '../../app/AppContext';
import { FormDialog } from '../../components/FormDialog';
import { practiceChannel } from '../../state/ui-slice';

/**
 * Asks for the meeting's name and mode, then starts it (`#startmeeting` in drive mode). In a
 * practice the meeting is quiet: there is no mode to choose.
 */
export function StartMeetingDialog({ onClose }: { onClose(): void }) {
  const actions = useActions();
  const practice = useAppState(practiceChannel);
  const channel = useAppState((s) => practiceChannel(s) ?? s.status?.channel ?? '');
  const preferred = useAppState((s) => s.preferredMode);
  const [mode, setMode] = useState<MeetingMode>(preferred);
  const [title, setTitle] = useState('');
  return (
    <FormDialog
      title="Start the meeting"
      description={`In ${channel}. Open action items from the channel's last meeting are carried over.`}
      submitLabel="Start meeting"
      onClose={onClose}
      onSubmit={async () => {
        const result = await actions.startMeeting(title.trim(), mode);
        return result.ok ? null : result.error.message;
      }}
    >
      <div className="field">
        <label htmlFor="start-title">Meeting name</label>
        <input
          id="start-title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          placeholder="weekly"
          autoComplete="off"
          data-autofocus
        />
      </div>
      {practice ? (
        <p className="muted">
          Quiet: a practice records notes in Gavel and sends nothing anywhere.
        </p>
      ) : (
        <fieldset className="choice-group">
          <legend>Mode</legend>
          <label>
            <input
              type="radio"
              name="start-mode"
              checked={mode === 'drive'}
              onChange={() => setMode('drive')}
            />{' '}
            Drive — say the MeetBot commands in the channel
          </label>
          <label>
            <input
              type="radio"
              name="start-mode"
              checked={mode === 'quiet'}
              onChange={() => setMode('quiet')}
            />{' '}
            Quiet — record notes in Gavel only
          </label>
        </fieldset>
      )}
    </FormDialog>
  );
}

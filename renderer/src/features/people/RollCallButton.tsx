import { useState } from 'react';
import { ROLL_CALL_LINE } from '../../../../shared/domain/roll-call';
import { useActions, useAppState } from '../../app/AppContext';
import { practiceChannel } from '../../state/ui-slice';

/**
 * Sends the roll-call line to the channel through the chair's usual send path; the pane then
 * marks who has said anything since. Says why when the line could not be sent.
 */
export function RollCallButton() {
  const actions = useActions();
  const live = useAppState((s) => s.meeting?.status === 'live');
  const joined = useAppState((s) => practiceChannel(s) !== null || s.status?.state === 'joined');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  if (!live) return null;
  const call = async () => {
    if (sending) return;
    setSending(true);
    const result = await actions.say(ROLL_CALL_LINE);
    setSending(false);
    setError(result.ok ? null : result.error.message);
  };
  return (
    <>
      <button
        type="button"
        onClick={() => void call()}
        disabled={!joined}
        aria-disabled={sending || undefined}
        title={`Send “${ROLL_CALL_LINE}” and mark who answers`}
      >
        Roll call
      </button>
      {error && (
        <span role="alert" className="roll-call-error">
          {error}
        </span>
      )}
    </>
  );
}

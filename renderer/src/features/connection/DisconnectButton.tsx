import { useActions, useAppState } from '../../app/AppContext';
import { meetingRunsHere } from './connection-view';

/** Leaves the network at once, or asks first while the channel's meeting is running. */
export function DisconnectButton() {
  const actions = useActions();
  const running = useAppState(meetingRunsHere);
  const openDialog = useAppState((s) => s.openDialog);
  return (
    <button
      type="button"
      onClick={() => (running ? openDialog({ kind: 'disconnect' }) : void actions.disconnect())}
    >
      Disconnect
    </button>
  );
}

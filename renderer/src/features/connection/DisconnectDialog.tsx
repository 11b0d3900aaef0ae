import { useActions, useAppState } from '../../app/AppContext';
import { FormDialog } from '../../components/FormDialog';

/** Confirms leaving the network while the channel's meeting is running. */
export function DisconnectDialog({ onClose }: { onClose(): void }) {
  const actions = useActions();
  const channel = useAppState((s) => s.meeting?.channel ?? s.status?.channel ?? '');
  return (
    <FormDialog
      title="Disconnect during the meeting?"
      description={`The meeting in ${channel} is still running. While Gavel is away nothing said there is recorded, and the minutes show a gap until it is back. To finish instead, end the meeting first.`}
      submitLabel="Disconnect"
      danger
      onClose={onClose}
      onSubmit={async () => {
        await actions.disconnect();
        return null;
      }}
    />
  );
}

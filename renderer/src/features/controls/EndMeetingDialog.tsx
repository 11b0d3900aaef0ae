import { useActions, useAppState } from '../../app/AppContext';
import { FormDialog } from '../../components/FormDialog';

/** Confirms ending the meeting; the minutes are written when it ends. */
export function EndMeetingDialog({ onClose }: { onClose(): void }) {
  const actions = useActions();
  const channel = useAppState((s) => s.meeting?.channel ?? '');
  return (
    <FormDialog
      title="End the meeting?"
      description={`The meeting in ${channel} ends now and its minutes are written.`}
      submitLabel="End meeting"
      danger
      onClose={onClose}
      onSubmit={async () => {
        const result = await actions.endMeeting();
        return result.ok ? null : result.error.message;
      }}
    />
  );
}

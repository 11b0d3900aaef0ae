import { useActions, useAppState } from '../../app/AppContext';
import { FormDialog } from '../../components/FormDialog';
import { practiceChannel } from '../../state/ui-slice';
import { lastMinutesItem } from './meeting-view';

/**
 * Confirms `#undo`, naming what it takes back and whose it is: MeetBot removes the last item of
 * the minutes whoever added it, a co-chair's included. The name follows the meeting as it
 * changes while the dialog is open.
 */
export function UndoItemDialog({ onClose }: { onClose(): void }) {
  const actions = useActions();
  const item = lastMinutesItem(useAppState((s) => s.meeting));
  const me = useAppState((s) =>
    practiceChannel(s) ? (s.meeting?.startedBy ?? null) : (s.status?.nick ?? null),
  );
  const whose = !item?.nick
    ? ''
    : item.nick.toLowerCase() === me?.toLowerCase()
      ? ', which you added'
      : `, added by ${item.nick} — not you`;
  return (
    <FormDialog
      title="Take back the last item?"
      description={
        item ? (
          <>
            #undo removes the last item of the minutes: the {item.type} “<bdi>{item.text}</bdi>”
            {whose}.
          </>
        ) : (
          'The minutes have no item to take back.'
        )
      }
      submitLabel="Take it back"
      danger
      onClose={onClose}
      onSubmit={async () => {
        if (!item) return 'The minutes have no item to take back.';
        const result = await actions.command({ type: 'undo' });
        return result.ok ? null : result.error.message;
      }}
    />
  );
}

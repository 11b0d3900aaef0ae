import { useAppState } from '../../app/AppContext';
import { ExportDialog } from '../export/ExportDialog';

/**
 * "Save minutes…" (Alt+S): the export dialog for the meeting the window shows. Nothing opens
 * without one; the shortcut and the button already say so.
 */
export function SaveMinutesDialog({ onClose }: { onClose(): void }) {
  const meetingId = useAppState((s) => s.meeting?.id ?? null);
  if (meetingId === null) return null;
  return <ExportDialog key={meetingId} meetingId={meetingId} onClose={onClose} />;
}

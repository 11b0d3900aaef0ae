import { useAppState } from './AppContext';
import { AgendaImportDialog } from '../features/agenda/AgendaImportDialog';
import { TemplatesDialog } from '../features/agenda/TemplatesDialog';
import { DisconnectDialog } from '../features/connection/DisconnectDialog';
import { ChairsDialog } from '../features/controls/ChairsDialog';
import { EndMeetingDialog } from '../features/controls/EndMeetingDialog';
import { EndVoteDialog } from '../features/controls/EndVoteDialog';
import { ItemDialog } from '../features/controls/ItemDialog';
import { StartMeetingDialog } from '../features/controls/StartMeetingDialog';
import { TopicDialog } from '../features/controls/TopicDialog';
import { UndoItemDialog } from '../features/controls/UndoItemDialog';
import { VoteDialog } from '../features/controls/VoteDialog';
import { ExportDialog } from '../features/export/ExportDialog';
import { ImportDialog } from '../features/import/ImportDialog';
import { SaveMinutesDialog } from '../features/minutes/SaveMinutesDialog';
import { PracticeDialog } from '../features/practice/PracticeDialog';
import { PreferencesDialog } from '../features/preferences/PreferencesDialog';
import { HelpDialog } from '../keyboard/HelpDialog';

/** Shows the one dialog the window has open, if any. */
export function DialogHost() {
  const dialog = useAppState((s) => s.dialog);
  const close = useAppState((s) => s.closeDialog);
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'start':
      return <StartMeetingDialog onClose={close} />;
    case 'end':
      return <EndMeetingDialog onClose={close} />;
    case 'topic':
      return <TopicDialog onClose={close} />;
    case 'item':
      return (
        <ItemDialog
          key={dialog.type}
          initial={dialog.type}
          initialText={dialog.text}
          onClose={close}
        />
      );
    case 'vote':
      return <VoteDialog onClose={close} />;
    case 'end-vote':
      return <EndVoteDialog onClose={close} />;
    case 'undo-item':
      return <UndoItemDialog onClose={close} />;
    case 'chairs':
      return <ChairsDialog onClose={close} />;
    case 'disconnect':
      return <DisconnectDialog onClose={close} />;
    case 'agenda-import':
      return <AgendaImportDialog initialText={dialog.text} onClose={close} />;
    case 'agenda-templates':
      return <TemplatesDialog onClose={close} />;
    case 'save-minutes':
      return <SaveMinutesDialog onClose={close} />;
    case 'export':
      return <ExportDialog key={dialog.meetingId} meetingId={dialog.meetingId} onClose={close} />;
    case 'import':
      return <ImportDialog file={dialog.file} onClose={close} />;
    case 'practice':
      return <PracticeDialog meetingId={dialog.meetingId} onClose={close} />;
    case 'help':
      return <HelpDialog onClose={close} />;
    case 'preferences':
      return <PreferencesDialog onClose={close} />;
  }
}

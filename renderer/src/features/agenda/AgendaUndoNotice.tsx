import { useActions, useAppState } from '../../app/AppContext';
import { ShortcutButton } from '../../keyboard/ShortcutButton';

/**
 * What the last agenda change did ("Removed “CI runners” and the 2 items in it"), with "Undo"
 * (Ctrl+Z does the same from anywhere outside a text field); after an undo, what was undone.
 */
export function AgendaUndoNotice() {
  const actions = useActions();
  const note = useAppState((s) => s.agendaNote);
  const setNote = useAppState((s) => s.setAgendaNote);
  if (!note) return null;
  return (
    <div className="notice agenda-note" role="status" data-testid="agenda-note">
      <p>{note.text}.</p>
      {note.undoable && (
        <ShortcutButton shortcut="undo" label="Undo" onClick={() => void actions.undoAgenda()} />
      )}
      <button type="button" onClick={() => setNote(null)}>
        Dismiss
      </button>
    </div>
  );
}

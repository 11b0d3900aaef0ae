import { X } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { useActions, useAppState } from '../../app/AppContext';
import { ShortcutButton } from '../../keyboard/ShortcutButton';

/** How long the notice stays when nothing inside it has focus; Ctrl+Z still undoes afterwards. */
export const AGENDA_NOTE_MS = 20_000;

/**
 * What the last agenda change did ("Removed “CI runners” and the 2 items in it"), in one line,
 * with "Undo" (Ctrl+Z does the same from anywhere outside a text field); after an undo, what was
 * undone. It goes away by itself once the meeting starts, or after {@link AGENDA_NOTE_MS} unless
 * the chair is in it.
 */
export function AgendaUndoNotice() {
  const actions = useActions();
  const note = useAppState((s) => s.agendaNote);
  const setNote = useAppState((s) => s.setAgendaNote);
  const live = useAppState((s) => s.meeting?.status === 'live');
  const root = useRef<HTMLDivElement>(null);
  const wasLive = useRef(live);

  useEffect(() => {
    if (live && !wasLive.current) setNote(null);
    wasLive.current = live;
  }, [live, setNote]);

  useEffect(() => {
    if (!note) return;
    const timer = setTimeout(() => {
      if (!root.current?.contains(document.activeElement)) setNote(null);
    }, AGENDA_NOTE_MS);
    return () => clearTimeout(timer);
  }, [note, setNote]);

  if (!note) return null;
  return (
    <div ref={root} className="agenda-note" role="status" data-testid="agenda-note">
      <p className="agenda-note-text" title={`${note.text}.`}>
        {note.text}.
      </p>
      {note.undoable && (
        <ShortcutButton shortcut="undo" label="Undo" onClick={() => void actions.undoAgenda()} />
      )}
      <button
        type="button"
        className="icon-button"
        aria-label="Dismiss"
        title="Dismiss"
        onClick={() => setNote(null)}
      >
        <X aria-hidden="true" size={14} />
      </button>
    </div>
  );
}

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AgendaNode } from '../../../../shared/ipc/meeting-schemas';
import { useActions, useAppState } from '../../app/AppContext';
import { EmptyState } from '../../components/EmptyState';
import { Pane } from '../../components/Pane';
import { agendaMarks, plannedMinutes } from './agenda-marks';
import { findItem, insertAfter, newAgendaId, removeItem } from './agenda-tree';
import { AgendaEditorContext, type AgendaEditor } from './agenda-editor';
import { AgendaChannelPicker } from './AgendaChannelPicker';
import { AgendaRow } from './AgendaRow';
import { AgendaUndoNotice } from './AgendaUndoNotice';

const EMPTY: AgendaNode[] = [];

/**
 * The channel's agenda (with no connection up, the agenda of the channel the chair picks): entries to create, edit, nest and reorder (keyboard or drag), with the
 * current topic marked and the ones taken already ticked. Every change is saved at once, and
 * can be taken back (Ctrl+Z, or the notice's "Undo").
 */
export function AgendaPane() {
  const actions = useActions();
  const agenda = useAppState((s) => s.agenda);
  const meeting = useAppState((s) => s.meeting);
  const marks = useMemo(() => agendaMarks(agenda, meeting), [agenda, meeting]);
  const openDialog = useAppState((s) => s.openDialog);
  const items = agenda?.items ?? EMPTY;
  const planned = useMemo(() => plannedMinutes(items), [items]);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<{ id: string } | null>(null);
  const fresh = useRef<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  // Each request is carried out once, as soon as its row is drawn (after a move it is new).
  const focused = useRef<{ id: string } | null>(null);
  useEffect(() => {
    if (!focusId || focused.current === focusId) return;
    const row = listRef.current?.querySelector<HTMLElement>(
      `[data-agenda-id="${CSS.escape(focusId.id)}"]`,
    );
    if (!row) return;
    focused.current = focusId;
    row.focus();
  }, [focusId, items]);

  const apply = useCallback(
    (next: AgendaNode[], focus: string | null, note?: string) => {
      void actions.saveAgenda(next, note);
      if (focus) setFocusId({ id: focus });
    },
    [actions],
  );

  const editor = useMemo<AgendaEditor>(
    () => ({
      items,
      currentId: marks.currentId,
      doneIds: new Set(marks.doneIds),
      editingId,
      apply,
      edit: (id) => {
        if (id === null) fresh.current = null;
        setEditingId(id);
      },
      cancelEdit: (id) => {
        setEditingId(null);
        const blank = fresh.current === id && findItem(items, id)?.title === '';
        fresh.current = null;
        if (blank) apply(removeItem(items, id), null);
        else setFocusId({ id });
      },
      focus: (id) => setFocusId({ id }),
    }),
    [items, marks, editingId, apply],
  );

  const add = () => {
    const node: AgendaNode = {
      id: newAgendaId(),
      title: '',
      owners: [],
      timebox: null,
      children: [],
    };
    fresh.current = node.id;
    apply(insertAfter(items, null, node), null);
    setEditingId(node.id);
  };

  const tools = (
    <>
      <button type="button" onClick={add} disabled={!agenda}>
        Add item
      </button>
      <button
        type="button"
        onClick={() => openDialog({ kind: 'agenda-import' })}
        disabled={!agenda}
      >
        Import…
      </button>
      <button
        type="button"
        onClick={() => openDialog({ kind: 'agenda-templates' })}
        disabled={!agenda}
      >
        Templates…
      </button>
    </>
  );

  return (
    <Pane
      id="agenda"
      title="Agenda"
      tools={tools}
      aside={
        planned > 0 && (
          <span className="pane-aside" data-testid="agenda-planned">
            {planned} min planned
          </span>
        )
      }
    >
      <AgendaChannelPicker />
      <AgendaUndoNotice />
      {items.length === 0 ? (
        <EmptyState title="No agenda yet.">
          {agenda
            ? 'Add items, import a Markdown outline or meeting page, or start from a template.'
            : 'Pick or type a channel above to prepare its agenda, connected or not.'}
        </EmptyState>
      ) : (
        <AgendaEditorContext.Provider value={editor}>
          <ol ref={listRef} className="agenda-list agenda-root" aria-label="Agenda items">
            {items.map((item) => (
              <AgendaRow key={item.id} item={item} />
            ))}
          </ol>
        </AgendaEditorContext.Provider>
      )}
    </Pane>
  );
}

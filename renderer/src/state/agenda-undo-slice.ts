import type { StateCreator } from 'zustand/vanilla';
import type { AgendaNode } from '../../../shared/ipc/meeting-schemas';
import type { AppState } from './store';

/** One agenda change the chair can take back: the channel's entries as they were before it. */
export interface AgendaEdit {
  channel: string;
  before: AgendaNode[];
  /** What the change did, as the "Undo" notice says it ("Removed “Budget” …"). */
  what: string;
}

/** The agenda's "Undo" notice: what was done, and whether Undo takes it back. */
export interface AgendaNote {
  text: string;
  undoable: boolean;
}

/** How many agenda changes Ctrl+Z can go back through. */
export const AGENDA_UNDO_DEPTH = 50;

/** The agenda changes the window made, newest last, and the notice about the latest one. */
export interface AgendaUndoSlice {
  agendaEdits: AgendaEdit[];
  agendaNote: AgendaNote | null;
  pushAgendaEdit(edit: AgendaEdit, announce: boolean): void;
  /** Forgets the newest change made to `channel`'s agenda (it has been undone). */
  dropAgendaEdit(edit: AgendaEdit): void;
  setAgendaNote(note: AgendaNote | null): void;
}

/** The newest change to `channel`'s agenda the chair can take back, or null. */
export function lastAgendaEdit(state: AgendaUndoSlice, channel: string): AgendaEdit | null {
  return state.agendaEdits.findLast((edit) => edit.channel === channel) ?? null;
}

/** The agenda-undo slice of the app store. */
export const createAgendaUndoSlice: StateCreator<AppState, [], [], AgendaUndoSlice> = (set) => ({
  agendaEdits: [],
  agendaNote: null,
  pushAgendaEdit: (edit, announce) =>
    set((state) => ({
      agendaEdits: [...state.agendaEdits, edit].slice(-AGENDA_UNDO_DEPTH),
      agendaNote: announce ? { text: edit.what, undoable: true } : null,
    })),
  dropAgendaEdit: (edit) =>
    set((state) => ({ agendaEdits: state.agendaEdits.filter((e) => e !== edit) })),
  setAgendaNote: (agendaNote) => set({ agendaNote }),
});

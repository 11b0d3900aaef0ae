import { createContext, useContext } from 'react';
import type { AgendaNode } from '../../../../shared/ipc/meeting-schemas';

/** What every agenda row needs: the tree, where the meeting is, and how to change it. */
export interface AgendaEditor {
  items: AgendaNode[];
  currentId: string | null;
  doneIds: ReadonlySet<string>;
  /** The entry being edited, if any. */
  editingId: string | null;
  /**
   * Saves `items` as the agenda and moves focus to the row of `focusId` once it is drawn; a
   * `note` says what the change did in the "Undo" notice (every change can be undone).
   */
  apply(items: AgendaNode[], focusId: string | null, note?: string): void;
  edit(id: string | null): void;
  /** Cancels editing; a new entry left blank is removed. */
  cancelEdit(id: string): void;
  /** Moves focus to the row of `id`. */
  focus(id: string): void;
}

export const AgendaEditorContext = createContext<AgendaEditor | null>(null);

/** The agenda editor of the pane around this row. */
export function useAgendaEditor(): AgendaEditor {
  const editor = useContext(AgendaEditorContext);
  if (!editor) throw new Error('AgendaEditorContext is missing above this row.');
  return editor;
}

/** Owners as typed (`dcm, vseva` or `dcm vseva`): trimmed, empty ones dropped. */
export function parseOwners(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((o) => o.trim())
    .filter(Boolean);
}

/** Why a typed timebox is unacceptable, or null (blank means no timebox). */
export function timeboxProblem(text: string): string | null {
  const t = text.trim();
  if (t === '') return null;
  const n = Number(t);
  return /^\d+$/.test(t) && n >= 1 && n <= 600 ? null : 'A timebox is 1 to 600 minutes.';
}

import type { StateCreator } from 'zustand/vanilla';
import type { MeetingMode } from '../../../shared/ipc/meeting-schemas';
import type { AppState } from './store';

/** The kinds of minutes item the chair can add from the window. */
export const ITEM_KINDS = ['info', 'idea', 'agreed', 'rejected', 'link', 'action', 'help'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** The one dialog open at a time, if any. */
export type DialogState =
  | { kind: 'start' }
  | { kind: 'end' }
  | { kind: 'topic' }
  | { kind: 'item'; type: ItemKind }
  | { kind: 'vote' }
  | { kind: 'end-vote' }
  | { kind: 'chairs' }
  | { kind: 'agenda-import' }
  | { kind: 'agenda-templates' }
  | { kind: 'save-minutes' }
  | { kind: 'help' };

/** Something the chair should know about a meeting action, shown under the controls. */
export interface Notice {
  tone: 'error' | 'info';
  message: string;
}

/** What the window itself keeps: dialogs, jumps between panes, notices, the mode to start in. */
export interface UiSlice {
  dialog: DialogState | null;
  /** The transcript line to bring into view; `nonce` makes a repeated jump to one line count. */
  jump: { seq: number; nonce: number } | null;
  /** Goes up each time the chair asks for find-in-meeting; the find box opens and takes focus. */
  findRequest: number;
  notice: Notice | null;
  /** The mode the next meeting starts in. */
  preferredMode: MeetingMode;
  openDialog(dialog: DialogState): void;
  closeDialog(): void;
  jumpTo(seq: number): void;
  requestFind(): void;
  setNotice(notice: Notice | null): void;
  setPreferredMode(mode: MeetingMode): void;
}

/** The UI slice of the app store. */
export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  dialog: null,
  jump: null,
  findRequest: 0,
  notice: null,
  preferredMode: 'drive',
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
  jumpTo: (seq) => set((state) => ({ jump: { seq, nonce: (state.jump?.nonce ?? 0) + 1 } })),
  requestFind: () => set((state) => ({ findRequest: state.findRequest + 1 })),
  setNotice: (notice) => set({ notice }),
  setPreferredMode: (preferredMode) => set({ preferredMode }),
});

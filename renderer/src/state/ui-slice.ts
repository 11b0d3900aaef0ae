import type { StateCreator } from 'zustand/vanilla';
import type { PracticeState } from '../../../shared/ipc/after-meeting-schemas';
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
  /** Adding an item; `text` pre-fills its words (a live hint's). */
  | { kind: 'item'; type: ItemKind; text?: string }
  | { kind: 'vote' }
  | { kind: 'end-vote' }
  /** Confirming `#undo`, naming the item it takes back. */
  | { kind: 'undo-item' }
  | { kind: 'chairs' }
  /** Confirming a disconnect while the channel's meeting is running. */
  | { kind: 'disconnect' }
  /** Importing an agenda; `text` when it comes from a file already read (a dropped outline). */
  | { kind: 'agenda-import'; text?: string }
  | { kind: 'agenda-templates' }
  | { kind: 'save-minutes' }
  /** The export dialog for any meeting Gavel keeps (the live one included). */
  | { kind: 'export'; meetingId: string }
  /** Importing a log; `file` when one was dropped or picked before the dialog opened. */
  | { kind: 'import'; file: File | null }
  /** Starting a practice replay of a meeting Gavel keeps, or of the bundled sample. */
  | { kind: 'practice'; meetingId: string | null }
  | { kind: 'help' }
  /** The theme and the way to the connection form (the menu's Preferences…). */
  | { kind: 'preferences' };

/** The window's main views: the chair's meeting, past meetings, search, scheduling. */
export const VIEWS = ['meeting', 'history', 'search', 'schedule'] as const;
export type View = (typeof VIEWS)[number];

/** The past meeting open for reading, and the line to bring into view in it. */
export interface Reading {
  meetingId: string;
  /** Line to show first; `nonce` makes a repeated jump to one line count. */
  jump: { seq: number; nonce: number } | null;
}

/** Something the chair should know about a meeting action, shown under the controls. */
export interface Notice {
  tone: 'error' | 'info';
  message: string;
  /** The error's code, for a refusal (`not-connected`: Gavel was not in the channel). */
  code?: string;
  /** The channel in front when it was said (a practice's own name while one runs). */
  channel?: string | null;
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
  view: View;
  /** The history view's open meeting, if any (the list shows otherwise). */
  reading: Reading | null;
  /**
   * The practice replay as last reported; while it is running, paused or done the window follows
   * its channel instead of the connection's.
   */
  practice: PracticeState | null;
  openDialog(dialog: DialogState): void;
  closeDialog(): void;
  jumpTo(seq: number): void;
  requestFind(): void;
  setNotice(notice: Notice | null): void;
  setPreferredMode(mode: MeetingMode): void;
  setView(view: View): void;
  /** Opens a meeting Gavel keeps read-only in the history view, at line `seq` if given. */
  openReading(meetingId: string, seq?: number): void;
  closeReading(): void;
  setPractice(practice: PracticeState | null): void;
}

/** The channel of a practice replay the window should follow, or null. */
export function practiceChannel(state: Pick<UiSlice, 'practice'>): string | null {
  const practice = state.practice;
  return practice && practice.status !== 'stopped' ? practice.channel : null;
}

/**
 * Where the chair's typed line is aimed: the practice in front (its network and channel, so it
 * is said there and nowhere else), else the connection's own channel (an empty target).
 */
export function sayTarget(state: Pick<UiSlice, 'practice'>): {
  network?: string;
  channel?: string;
} {
  const practice = practiceChannel(state);
  if (!practice) return {};
  const colon = practice.indexOf(':');
  return { network: practice.slice(0, colon), channel: practice.slice(colon + 1) };
}

/** The UI slice of the app store. */
export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  dialog: null,
  jump: null,
  findRequest: 0,
  notice: null,
  preferredMode: 'drive',
  view: 'meeting',
  reading: null,
  practice: null,
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
  jumpTo: (seq) => set((state) => ({ jump: { seq, nonce: (state.jump?.nonce ?? 0) + 1 } })),
  requestFind: () => set((state) => ({ findRequest: state.findRequest + 1 })),
  setNotice: (notice) => set({ notice }),
  setPreferredMode: (preferredMode) => set({ preferredMode }),
  setView: (view) => set({ view }),
  openReading: (meetingId, seq) =>
    set((state) => ({
      view: 'history',
      reading: {
        meetingId,
        jump: seq === undefined ? null : { seq, nonce: (state.reading?.jump?.nonce ?? 0) + 1 },
      },
    })),
  closeReading: () => set({ reading: null }),
  setPractice: (practice) => set({ practice }),
});

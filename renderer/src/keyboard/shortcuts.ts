import type { Platform } from './platform';

/** Every window-wide shortcut, by what it does. */
export type ShortcutId =
  | 'start-end'
  | 'next-topic'
  | 'topic'
  | 'info'
  | 'agreed'
  | 'action'
  | 'link'
  | 'vote'
  | 'chairs'
  | 'mode'
  | 'save'
  | 'undo'
  | 'find'
  | 'next-pane'
  | 'previous-pane'
  | 'help';

/**
 * Which modifiers a chord needs. `meeting`: Alt (⌃⌥ on macOS, where ⌥ alone types characters
 * such as ñ); `command`: Ctrl (⌘ on macOS); `shift`: Shift alone; `plain`: none.
 */
export type Modifier = 'meeting' | 'command' | 'shift' | 'plain';

/** A key with its modifiers. `code` is the physical key (`KeyN`), so layouts do not matter. */
export interface Chord {
  mod: Modifier;
  code: string;
  /** Matched by the character typed instead of the physical key (`?` moves between layouts). */
  key?: string;
}

/** A shortcut as the help dialog and the buttons' hints show it. */
export interface Shortcut {
  id: ShortcutId;
  label: string;
  group: 'Meeting' | 'Window';
  chord: Chord;
}

const meeting = (letter: string): Chord => ({ mod: 'meeting', code: `Key${letter}` });

/**
 * The shortcut map. Alt+letter chords leave alone the letters Chromium takes on Linux and
 * Windows (Alt+F and Alt+E open its menu, Alt+D the address bar) and never type text there;
 * Ctrl+Enter and Ctrl+F take nothing a text field needs (the page's own find replaces the
 * browser's); F6 is the customary "next pane" key; `?` and Ctrl+Z only count outside text fields
 * (inside one, Ctrl+Z undoes typing as always).
 */
export const SHORTCUTS: readonly Shortcut[] = [
  {
    id: 'start-end',
    label: 'Start or end the meeting',
    group: 'Meeting',
    chord: { mod: 'command', code: 'Enter' },
  },
  {
    id: 'next-topic',
    label: 'Next topic (the next agenda item)',
    group: 'Meeting',
    chord: meeting('N'),
  },
  { id: 'topic', label: 'Set a topic of your own', group: 'Meeting', chord: meeting('T') },
  { id: 'info', label: 'Add an item (info, idea, …)', group: 'Meeting', chord: meeting('I') },
  { id: 'agreed', label: 'Add an agreed item', group: 'Meeting', chord: meeting('G') },
  { id: 'action', label: 'Add an action item', group: 'Meeting', chord: meeting('A') },
  { id: 'link', label: 'Add a link', group: 'Meeting', chord: meeting('L') },
  { id: 'vote', label: 'Start a vote, or end the open one', group: 'Meeting', chord: meeting('V') },
  { id: 'chairs', label: 'Chair or unchair people', group: 'Meeting', chord: meeting('C') },
  { id: 'mode', label: 'Switch between drive and quiet', group: 'Meeting', chord: meeting('M') },
  { id: 'save', label: 'Save the minutes', group: 'Meeting', chord: meeting('S') },
  {
    id: 'undo',
    label: 'Undo the last agenda change (outside text fields)',
    group: 'Meeting',
    chord: { mod: 'command', code: 'KeyZ' },
  },
  {
    id: 'find',
    label: 'Find in the meeting',
    group: 'Window',
    chord: { mod: 'command', code: 'KeyF' },
  },
  { id: 'next-pane', label: 'Next pane', group: 'Window', chord: { mod: 'plain', code: 'F6' } },
  {
    id: 'previous-pane',
    label: 'Previous pane',
    group: 'Window',
    chord: { mod: 'shift', code: 'F6' },
  },
  {
    id: 'help',
    label: 'Show the keyboard shortcuts',
    group: 'Window',
    chord: { mod: 'plain', code: 'Slash', key: '?' },
  },
];

/** The parts of a keyboard event the matcher reads. */
export type KeyLike = Pick<
  KeyboardEvent,
  'key' | 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'
>;

function modifiersMatch(mod: Modifier, e: KeyLike, platform: Platform, byKey: boolean): boolean {
  const mac = platform === 'mac';
  switch (mod) {
    case 'meeting':
      return mac
        ? e.ctrlKey && e.altKey && !e.metaKey && !e.shiftKey
        : e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey;
    case 'command':
      return (mac ? e.metaKey && !e.ctrlKey : e.ctrlKey && !e.metaKey) && !e.altKey && !e.shiftKey;
    case 'shift':
      return e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey;
    case 'plain':
      // A character such as `?` needs Shift on most layouts; only the other modifiers must be off.
      return !e.altKey && !e.ctrlKey && !e.metaKey && (byKey || !e.shiftKey);
  }
}

/** True when `e` is `chord` on `platform`. */
export function chordMatches(chord: Chord, e: KeyLike, platform: Platform): boolean {
  const keyMatches = chord.key !== undefined ? e.key === chord.key : e.code === chord.code;
  const enter = chord.code === 'Enter' && e.code === 'NumpadEnter';
  return (keyMatches || enter) && modifiersMatch(chord.mod, e, platform, chord.key !== undefined);
}

/** The window-wide shortcut `e` is, or null. */
export function matchShortcut(e: KeyLike, platform: Platform): ShortcutId | null {
  return SHORTCUTS.find((s) => chordMatches(s.chord, e, platform))?.id ?? null;
}

/** The shortcut with `id`. */
export function shortcut(id: ShortcutId): Shortcut {
  return SHORTCUTS.find((s) => s.id === id)!;
}

import { chordLabel } from './key-label';
import { MENU_CHORDS } from './menu-commands';
import type { Platform } from './platform';

/** Keys that work inside one part of the window, as the help dialog lists them. */
export interface LocalKeys {
  where: string;
  keys: { keys: string; label: string }[];
}

const MENU_LABELS: Record<(typeof MENU_CHORDS)[number]['command'], string> = {
  'import-log': 'Import a log',
  'save-minutes': 'Save the minutes',
  practice: 'Practice',
  'view-meeting': 'The meeting',
  'view-history': 'History',
  'view-search': 'Search',
  'view-schedule': 'Schedule',
  find: 'Find in the meeting',
  shortcuts: 'Keyboard shortcuts',
  preferences: 'Preferences',
};

/** The menu's keys, the agenda's and find's keys, and the dialogs', written for `platform`. */
export function localKeys(platform: Platform): LocalKeys[] {
  const alt = platform === 'mac' ? '⌥' : 'Alt+';
  return [
    {
      where: 'Anywhere (as in the menu)',
      keys: MENU_CHORDS.map(({ command, chord }) => ({
        keys: chordLabel(chord, platform),
        label: MENU_LABELS[command],
      })),
    },
    {
      where: 'Agenda (on an item)',
      keys: [
        { keys: `${alt}↑ / ${alt}↓`, label: 'Move the item up or down' },
        { keys: `${alt}→ / ${alt}←`, label: 'Nest it under the item above, or move it out' },
        { keys: 'Enter', label: 'Edit the item (or make it a section label)' },
        { keys: 'Delete', label: 'Remove the item and what is nested in it (undo brings it back)' },
        { keys: '↑ / ↓', label: 'Previous or next item' },
      ],
    },
    {
      where: 'Find in the meeting',
      keys: [
        { keys: 'Enter / F3', label: 'Next match' },
        { keys: 'Shift+Enter / Shift+F3', label: 'Previous match' },
        { keys: 'Esc', label: 'Close find' },
      ],
    },
    {
      where: 'Transcript',
      keys: [{ keys: 'End', label: 'Back to the newest line' }],
    },
    {
      where: 'Dialogs',
      keys: [
        { keys: 'Enter', label: 'Do it' },
        { keys: 'Esc', label: 'Close without doing it' },
      ],
    },
  ];
}

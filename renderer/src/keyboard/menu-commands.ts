import { useEffect } from 'react';
import { MENU_KEYS, type MenuCommand } from '../../../shared/ipc/menu-commands';
import type { AppStore } from '../state/store';
import type { Platform } from './platform';
import { useLatest } from './use-latest';
import { chordMatches, type Chord } from './shortcuts';
import type { ShortcutHandlers } from './use-global-shortcuts';

/** What each command of the application menu does in the window. */
export type MenuCommandHandlers = Record<MenuCommand, () => void>;

/**
 * The window's side of the application menu. Commands that have a keyboard shortcut run the very
 * handler the shortcut runs (`chair`); the others open the dialog or view the header's buttons
 * and tabs open. Commands that act on the meeting bring the meeting view to the front first.
 */
export function menuCommandHandlers(
  chair: Required<Pick<ShortcutHandlers, 'save' | 'find' | 'help'>>,
  store: AppStore,
): MenuCommandHandlers {
  const state = () => store.getState();
  return {
    'import-log': () => state().openDialog({ kind: 'import', file: null }),
    'save-minutes': chair.save,
    practice: () => state().openDialog({ kind: 'practice', meetingId: null }),
    'view-meeting': () => state().setView('meeting'),
    'view-history': () => state().setView('history'),
    'view-search': () => state().setView('search'),
    'view-schedule': () => state().setView('schedule'),
    find: () => {
      state().setView('meeting');
      chair.find();
    },
    shortcuts: chair.help,
    preferences: () => state().openDialog({ kind: 'preferences' }),
  };
}

/** A menu key (`MENU_KEYS`: `O`, `,`, `1`) as a chord with Ctrl (⌘ on macOS). */
export function menuChord(key: string): Chord {
  if (/^[A-Z]$/.test(key)) return { mod: 'command', code: `Key${key}` };
  if (/^\d$/.test(key)) return { mod: 'command', code: `Digit${key}` };
  return { mod: 'command', code: key === ',' ? 'Comma' : key };
}

/** Each menu command that has a key, with its chord. */
export const MENU_CHORDS = Object.entries(MENU_KEYS).map(([command, key]) => ({
  command: command as MenuCommand,
  chord: menuChord(key),
}));

/** The part of the bridge that delivers menu commands (`app:command`). */
export type MenuCommandSource = (listener: (command: MenuCommand) => void) => () => void;

/**
 * Runs the menu's commands as they arrive from the native menu, and when their keys are pressed
 * anywhere in the window (browser mode has no native menu; in Electron the key reaches the page
 * first and is taken from the menu). While a dialog is open both leave it alone, as the keyboard
 * shortcuts do, rather than replacing it.
 */
export function useMenuCommands(
  source: MenuCommandSource,
  handlers: MenuCommandHandlers,
  store: AppStore,
  platform: Platform,
  target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
): void {
  const current = useLatest(handlers);
  useEffect(() => {
    const run = (command: MenuCommand) => {
      if (store.getState().dialog !== null) return false;
      current.current[command]();
      return true;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const hit = MENU_CHORDS.find((k) => chordMatches(k.chord, event, platform));
      if (hit && run(hit.command)) event.preventDefault();
    };
    target.addEventListener('keydown', onKeyDown);
    const stop = source((command) => void run(command));
    return () => {
      stop();
      target.removeEventListener('keydown', onKeyDown);
    };
  }, [source, store, platform, target]);
}

import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../shared/ipc/menu-commands';
import type { AppStore } from '../state/store';
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

/** The part of the bridge that delivers menu commands (`app:command`). */
export type MenuCommandSource = (listener: (command: MenuCommand) => void) => () => void;

/**
 * Runs the menu's commands as they arrive, except while a dialog is open: like the keyboard
 * shortcuts, the menu then leaves the dialog alone rather than replacing it.
 */
export function useMenuCommands(
  source: MenuCommandSource,
  handlers: MenuCommandHandlers,
  store: AppStore,
): void {
  const current = useRef(handlers);
  useEffect(() => {
    current.current = handlers;
  });
  useEffect(
    () =>
      source((command) => {
        if (store.getState().dialog !== null) return;
        current.current[command]();
      }),
    [source, store],
  );
}

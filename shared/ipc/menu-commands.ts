/**
 * The commands of the application menu that the window carries out, by name. No imports, so the
 * main process and the preload can bundle it without zod. The menu sends one of these on the
 * `app:command` event; the window runs it through the same table as its keyboard shortcuts.
 */
export const MENU_COMMANDS = [
  'import-log',
  'save-minutes',
  'practice',
  'view-meeting',
  'view-history',
  'view-search',
  'view-schedule',
  'find',
  'shortcuts',
  'preferences',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** True when `name` is one of the menu commands (for untrusted input). */
export function isMenuCommand(name: unknown): name is MenuCommand {
  return typeof name === 'string' && (MENU_COMMANDS as readonly string[]).includes(name);
}

/**
 * The keys of the menu's commands, each with Ctrl (⌘ on macOS): the native menu's accelerators,
 * and the window's own keys for the same commands in browser mode, where there is no menu. Only
 * keys the window's shortcuts leave free.
 */
export const MENU_KEYS: Partial<Record<MenuCommand, string>> = {
  'import-log': 'O',
  preferences: ',',
  'view-meeting': '1',
  'view-history': '2',
  'view-search': '3',
  'view-schedule': '4',
};

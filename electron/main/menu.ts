import { Menu, type MenuItemConstructorOptions } from 'electron';
import { MENU_KEYS, type MenuCommand } from '../../shared/ipc/menu-commands';

/** What the menu's own entries do; the shell supplies them. */
export interface MenuActions {
  /** Hands a command to the window, which runs it as its keyboard shortcuts do. */
  command(command: MenuCommand): void;
  /** Opens the folder of the log files. */
  showLogs(): void;
  /** Opens an https page in the system browser. */
  openExternal(url: string): void;
}

export interface MenuPlatform {
  mac: boolean;
  /** A packaged app has no developer tools entry. */
  packaged: boolean;
}

/**
 * The application menu: Gavel's own commands (importing a log, saving the minutes, practice,
 * the views, shortcuts, preferences, the logs) beside the platform's usual roles. Accelerators are
 * given only where the window has no shortcut of its own, so one key never does two things.
 */
export function menuTemplate(
  actions: MenuActions,
  platform: MenuPlatform,
): MenuItemConstructorOptions[] {
  const item = (label: string, command: MenuCommand): MenuItemConstructorOptions => {
    const key = MENU_KEYS[command];
    return {
      label,
      ...(key ? { accelerator: `CmdOrCtrl+${key}` } : {}),
      click: () => actions.command(command),
    };
  };
  const preferences = item(platform.mac ? 'Settings…' : 'Preferences…', 'preferences');
  return [
    ...(platform.mac
      ? [
          {
            label: 'Gavel',
            submenu: [
              { role: 'about' },
              { type: 'separator' },
              preferences,
              { type: 'separator' },
              { role: 'services' },
              { type: 'separator' },
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              { type: 'separator' },
              { role: 'quit' },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    {
      label: 'File',
      submenu: [
        item('Import a log…', 'import-log'),
        item('Save minutes…', 'save-minutes'),
        { type: 'separator' },
        item('Practice…', 'practice'),
        ...(platform.mac ? [] : [{ type: 'separator' } as const, preferences]),
        { type: 'separator' },
        platform.mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        item('Meeting', 'view-meeting'),
        item('History', 'view-history'),
        item('Search', 'view-search'),
        item('Schedule', 'view-schedule'),
        item('Find in the meeting', 'find'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(platform.packaged ? [] : [{ role: 'toggleDevTools' } as const]),
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        item('Keyboard shortcuts', 'shortcuts'),
        {
          label: 'MeetBot commands',
          click: () => actions.openExternal('https://wiki.debian.org/MeetBot'),
        },
        { type: 'separator' },
        { label: 'Show logs', click: () => actions.showLogs() },
      ],
    },
  ];
}

/** Installs the menu of `menuTemplate` as the application menu. */
export function installMenu(actions: MenuActions, platform: MenuPlatform): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(actions, platform)));
}

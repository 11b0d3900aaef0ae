import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS, MENU_KEYS } from '../../shared/ipc/menu-commands';
import { installMenu, menuTemplate, type MenuActions } from './menu';
import { Menu } from '../testing/fake-electron';

vi.mock('electron', () => import('../testing/fake-electron'));

function actions() {
  return {
    command: vi.fn<MenuActions['command']>(),
    showLogs: vi.fn<MenuActions['showLogs']>(),
    openExternal: vi.fn<MenuActions['openExternal']>(),
  };
}

/** Every item of the menu, submenus flattened. */
function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu) : []),
  ]);
}

const byLabel = (template: MenuItemConstructorOptions[], label: string) =>
  items(template).find((item) => item.label === label);
const click = (item: MenuItemConstructorOptions | undefined) => (item!.click as () => void)();

describe('menuTemplate', () => {
  it.each([
    ['Linux and Windows', { mac: false, packaged: true }],
    ['macOS', { mac: true, packaged: true }],
  ])('reaches every window command on %s, each sent to the window', (_name, platform) => {
    const a = actions();
    const template = menuTemplate(a, platform);
    for (const item of items(template)) if (item.click && !item.role) click(item);
    const sent = a.command.mock.calls.map(([command]) => command);
    expect([...sent].sort()).toEqual([...MENU_COMMANDS].sort());
    expect(a.showLogs).toHaveBeenCalledTimes(1);
    expect(a.openExternal).toHaveBeenCalledWith('https://wiki.debian.org/MeetBot');
  });

  it('names the commands the chair looks for', () => {
    const a = actions();
    const template = menuTemplate(a, { mac: false, packaged: true });
    const expected = {
      'Import a log…': 'import-log',
      'Save minutes…': 'save-minutes',
      'Practice…': 'practice',
      Schedule: 'view-schedule',
      'Keyboard shortcuts': 'shortcuts',
      'Preferences…': 'preferences',
    };
    for (const [label, command] of Object.entries(expected)) {
      click(byLabel(template, label));
      expect(a.command).toHaveBeenLastCalledWith(command);
    }
    click(byLabel(template, 'Show logs'));
    expect(a.showLogs).toHaveBeenCalled();
  });

  it('keeps the usual roles, the app menu on macOS, and developer tools out of a package', () => {
    const roles = (t: MenuItemConstructorOptions[]) =>
      items(t)
        .map((i) => i.role)
        .filter(Boolean);
    const linux = menuTemplate(actions(), { mac: false, packaged: true });
    expect(roles(linux)).toEqual(
      expect.arrayContaining(['quit', 'editMenu', 'windowMenu', 'help']),
    );
    expect(roles(linux)).not.toContain('toggleDevTools');
    expect(roles(menuTemplate(actions(), { mac: false, packaged: false }))).toContain(
      'toggleDevTools',
    );
    const mac = menuTemplate(actions(), { mac: true, packaged: true });
    expect(mac[0]!.label).toBe('Gavel');
    expect(roles(mac)).toEqual(expect.arrayContaining(['about', 'hide', 'quit', 'close']));
    expect(byLabel(mac, 'Settings…')).toBeDefined();
  });

  it('gives exactly the menu keys as accelerators, each to its command', () => {
    const a = actions();
    const given = items(menuTemplate(a, { mac: false, packaged: true })).filter(
      (i) => i.accelerator,
    );
    const byCommand = Object.fromEntries(
      given.map((i) => {
        a.command.mockClear();
        click(i);
        return [a.command.mock.calls[0]![0], i.accelerator];
      }),
    );
    expect(byCommand).toEqual(
      Object.fromEntries(Object.entries(MENU_KEYS).map(([c, key]) => [c, `CmdOrCtrl+${key}`])),
    );
  });

  it('gives no two items one accelerator', () => {
    const keys = items(menuTemplate(actions(), { mac: false, packaged: false }))
      .map((i) => i.accelerator)
      .filter(Boolean);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('installMenu', () => {
  it('sets the built template as the application menu', () => {
    installMenu(actions(), { mac: false, packaged: true });
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(
      Menu.buildFromTemplate.mock.results[0]!.value,
    );
  });
});

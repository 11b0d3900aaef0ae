import { act, fireEvent } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MENU_KEYS, type MenuCommand } from '../../../shared/ipc/menu-commands';
import { renderApp } from '../testing/render-app';
import { MENU_CHORDS } from './menu-commands';
import { chordMatches, SHORTCUTS } from './shortcuts';

/** Renders the window and returns a function that sends it a command of the application menu. */
async function windowWithMenu() {
  const app = await renderApp();
  const send = (command: MenuCommand) => act(() => app.bridge.emit('app:command', { command }));
  return { ...app, send };
}

describe('menu commands', () => {
  it('open the dialogs the header and the shortcuts open', async () => {
    const { store, send } = await windowWithMenu();
    const opened: Partial<Record<MenuCommand, unknown>> = {
      'import-log': { kind: 'import', file: null },
      practice: { kind: 'practice', meetingId: null },
      shortcuts: { kind: 'help' },
      preferences: { kind: 'preferences' },
    };
    for (const [command, dialog] of Object.entries(opened)) {
      send(command as MenuCommand);
      expect(store.getState().dialog, command).toEqual(dialog);
      act(() => store.getState().closeDialog());
    }
  });

  it('bring each view to the front', async () => {
    const { store, send } = await windowWithMenu();
    for (const view of ['history', 'search', 'schedule', 'meeting'] as const) {
      send(`view-${view}`);
      expect(store.getState().view).toBe(view);
    }
  });

  it('run the shortcut handlers: saving with no meeting says how to start one', async () => {
    const { store, send } = await windowWithMenu();
    send('save-minutes');
    expect(store.getState().dialog).toBeNull();
    expect(store.getState().notice?.message).toBe(
      'There are no minutes yet: start a meeting first.',
    );
  });

  it('find comes back to the meeting view', async () => {
    const { store, send } = await windowWithMenu();
    act(() => store.getState().setView('search'));
    send('find');
    expect(store.getState().view).toBe('meeting');
  });

  it('leave an open dialog alone', async () => {
    const { store, send } = await windowWithMenu();
    act(() => store.getState().openDialog({ kind: 'help' }));
    send('import-log');
    send('view-history');
    expect(store.getState().dialog).toEqual({ kind: 'help' });
    expect(store.getState().view).toBe('meeting');
  });
});

describe('menu keys', () => {
  /** Presses Ctrl with `code` on the page; true when the page took the key. */
  const press = (code: string, key: string) => {
    let taken = false;
    act(() => void (taken = !fireEvent.keyDown(document.body, { code, key, ctrlKey: true })));
    return taken;
  };

  it('run the same commands without a native menu, in any view', async () => {
    const { store } = await renderApp();
    press('Digit2', '2');
    expect(store.getState().view).toBe('history');
    expect(press('KeyO', 'o')).toBe(true);
    expect(store.getState().dialog).toEqual({ kind: 'import', file: null });
    act(() => store.getState().closeDialog());
    press('Comma', ',');
    expect(store.getState().dialog).toEqual({ kind: 'preferences' });
  });

  it('leave an open dialog and its keys alone', async () => {
    const { store } = await renderApp();
    act(() => store.getState().openDialog({ kind: 'help' }));
    expect(press('KeyO', 'o')).toBe(false);
    expect(store.getState().dialog).toEqual({ kind: 'help' });
  });

  it('are the menu’s accelerators and take no key of the window’s shortcuts', () => {
    expect(MENU_CHORDS.map((k) => k.command).sort()).toEqual(Object.keys(MENU_KEYS).sort());
    for (const { chord } of MENU_CHORDS) {
      const event = {
        code: chord.code,
        key: '',
        ctrlKey: true,
        altKey: false,
        metaKey: false,
        shiftKey: false,
      };
      for (const platform of ['mac', 'other'] as const)
        expect(
          SHORTCUTS.filter((s) =>
            chordMatches(
              s.chord,
              platform === 'mac' ? { ...event, ctrlKey: false, metaKey: true } : event,
              platform,
            ),
          ),
        ).toEqual([]);
    }
  });
});

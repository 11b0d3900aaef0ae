import { act } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../shared/ipc/menu-commands';
import { renderApp } from '../testing/render-app';

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

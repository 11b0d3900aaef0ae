import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../shared/ipc/channels';
import { app, BrowserWindow, ipcMain, Menu, protocol } from '../testing/fake-electron';

vi.mock('electron', () => import('../testing/fake-electron'));
// electron-store is loaded outside Vitest's module graph, where the mock above does not reach:
// stand in for it with conf in the user data folder, which is what it is.
vi.mock('electron-store', async () => {
  const { default: Conf } = await import('conf');
  const fake = await import('../testing/fake-electron');
  class ElectronStore extends Conf<Record<string, unknown>> {
    constructor(options: { name: string } & Record<string, unknown>) {
      super({ ...options, configName: options.name, cwd: fake.app.getPath('userData') });
    }
  }
  return { default: ElectronStore };
});

// The whole main process over a fake Electron and a real core in a temporary data folder.
const root = mkdtempSync(join(tmpdir(), 'gavel-main-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
app.paths.root = root;
app.paths.appData = join(root, 'appData');
let ready!: () => void;
app.ready = new Promise<void>((resolve) => (ready = resolve));

describe('the main process', () => {
  it('declares the scheme and the sandbox before the app is ready, and serves nothing yet', async () => {
    await import('./index');
    expect(app.setPath).toHaveBeenCalledWith('userData', join(root, 'appData', 'gavel'));
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(protocol.handle).not.toHaveBeenCalled();
    expect(BrowserWindow.created).toHaveLength(0);
  });

  it('once ready: serves gavel://app, answers every channel, installs the menu, opens the window', async () => {
    ready();
    await vi.waitFor(() => expect(BrowserWindow.created).toHaveLength(1));
    expect(protocol.handlers.has('gavel')).toBe(true);
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    expect(Menu.setApplicationMenu).toHaveBeenCalled();
    const win = BrowserWindow.created[0]!;
    expect(win.loadURL).toHaveBeenCalledWith('gavel://app/index.html');
    expect(win.options).toMatchObject({ width: 1280, height: 820 });
    expect(win.webContents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({
      action: 'deny',
    });
    expect(win.webContents.listenerCount('will-navigate')).toBe(1);
    const info = await ipcMain.handlers.get('app:info')!(
      { senderFrame: { url: 'gavel://app/index.html', parent: null } },
      {},
    );
    expect(info).toMatchObject({ ok: true, value: { shell: 'electron', version: '0.0.0-test' } });
  });

  it('quits only after the core has closed', async () => {
    app.quit();
    expect(app.exited).toBe(false);
    await vi.waitFor(() => expect(app.exited).toBe(true));
    // The core is closed: a request now is refused rather than served.
    const connect = await ipcMain.handlers.get('irc:connect')!(
      { senderFrame: { url: 'gavel://app/index.html', parent: null } },
      { server: 'irc.example.org', port: 6697, tls: true, nick: 'chair', channel: '#meet' },
    );
    expect(connect).toMatchObject({ ok: false, error: { code: 'closed' } });
  });
});

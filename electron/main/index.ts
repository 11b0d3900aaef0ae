import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, safeStorage, type OpenDialogOptions } from 'electron';
import { createDispatcher } from '../../shared/ipc/dispatch';
import { createCore } from '../core/create-core';
import { openDataFolder } from '../core/data-folder/index';
import type { Core } from '../core/types';
import { forwardEvent, registerIpc } from './ipc';
import { installMenu } from './menu';
import { SafeStorageSecretStore } from './secrets';
import { createElectronSettings } from './settings-store';
import { openElectronLibrary, openSecretFile } from './stores';
import { appUrl, createMainWindow, hardenSession } from './window';

// This entry is built to out/main/index.js; the preload and renderer builds sit beside it.
const outDir = fileURLToPath(new URL('..', import.meta.url));

// Every renderer, including any window a bug might open, runs sandboxed.
app.enableSandbox();

let win: BrowserWindow | null = null;
let core: Core | null = null;

function log(level: 'info' | 'warn' | 'error', message: string, detail?: unknown): void {
  const line = `[gavel] ${level}: ${message}`;
  if (level === 'error') console.error(line, detail ?? '');
  else console.log(line);
}

/** The native folder picker, over the window when there is one; null when the user cancels. */
async function chooseFolder(title: string): Promise<string | null> {
  const options: OpenDialogOptions = { title, properties: ['openDirectory', 'createDirectory'] };
  const picked = win
    ? await dialog.showOpenDialog(win, options)
    : await dialog.showOpenDialog(options);
  return picked.canceled ? null : (picked.filePaths[0] ?? null);
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession();
  installMenu();
  const userData = app.getPath('userData');
  const warn = (message: string) => log('warn', message);
  const folder = openDataFolder(userData, warn);
  app.once('will-quit', () => folder.release());
  core = createCore({
    shell: 'electron',
    version: app.getVersion(),
    settings: createElectronSettings(userData, warn),
    dataDir: userData,
    library: openElectronLibrary(userData, warn),
    secrets: new SafeStorageSecretStore(safeStorage, openSecretFile(userData, warn)),
    chooseFolder,
    log,
  });
  const url = appUrl(outDir);
  registerIpc(
    createDispatcher(core.handlers, (err) => log('error', 'request failed', err)),
    url,
  );
  core.subscribe((event, payload) => forwardEvent(win, event, payload));
  win = createMainWindow(url, outDir);
  win.on('closed', () => (win = null));
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', () => void core?.close());
  start().catch((err: unknown) => {
    log('error', 'Gavel could not start', err);
    dialog.showErrorBox('Gavel could not start', err instanceof Error ? err.message : String(err));
    app.exit(1);
  });
}

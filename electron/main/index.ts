import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  app,
  BrowserWindow,
  dialog,
  safeStorage,
  screen,
  shell,
  type OpenDialogOptions,
} from 'electron';
import { createDispatcher } from '../../shared/ipc/dispatch';
import { createCore } from '../core/create-core';
import { openDataFolder } from '../core/data-folder/index';
import { createFileLog, type FileLog } from '../core/log/file-log';
import type { Core } from '../core/types';
import { registerAppScheme, serveApp } from './app-protocol';
import { watchChildren, watchRenderer } from './crashes';
import { forwardEvent, registerIpc } from './ipc';
import { installMenu } from './menu';
import { closeBeforeQuit } from './quit';
import { SafeStorageSecretStore } from './secrets';
import { APP_URL, isSafeExternalUrl } from './security';
import { showFolder } from './show-folder';
import { createElectronSettings } from './settings-store';
import { openElectronLibrary, openSecretFile } from './stores';
import { createMainWindow, guardEveryContents, hardenSession } from './window';
import { openWindowStateFile, placeWindow, rememberWindowState } from './window-state';

// This entry is built to out/main/index.js; the preload and renderer builds sit beside it.
const outDir = fileURLToPath(new URL('..', import.meta.url));

// The data folder keeps its name whatever the product is called, so an upgrade finds it; an
// explicit --user-data-dir (the end-to-end tests' temporary folder) still wins.
if (!app.commandLine.hasSwitch('user-data-dir')) {
  app.setPath('userData', join(app.getPath('appData'), 'gavel'));
}
// Every renderer, including any window a bug might open, runs sandboxed.
app.enableSandbox();
registerAppScheme();
guardEveryContents(app);

let win: BrowserWindow | null = null;
let core: Core | null = null;
let logs: FileLog | null = null;

function log(level: 'info' | 'warn' | 'error', message: string, detail?: unknown): void {
  if (logs) logs.log(level, message, detail);
  else console.error(`[gavel] ${level}: ${message}`, detail ?? '');
}

/** The native folder picker, over the window when there is one; null when the user cancels. */
async function chooseFolder(title: string): Promise<string | null> {
  const options: OpenDialogOptions = { title, properties: ['openDirectory', 'createDirectory'] };
  const picked = win
    ? await dialog.showOpenDialog(win, options)
    : await dialog.showOpenDialog(options);
  return picked.canceled ? null : (picked.filePaths[0] ?? null);
}

async function ask(options: Electron.MessageBoxOptions): Promise<number> {
  const answer = win
    ? await dialog.showMessageBox(win, options)
    : await dialog.showMessageBox(options);
  return answer.response;
}

function openWindow(): BrowserWindow {
  const userData = app.getPath('userData');
  const stateFile = openWindowStateFile(userData, (message) => log('warn', message));
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const opened = createMainWindow({
    url: APP_URL,
    preload: join(outDir, 'preload', 'index.cjs'),
    placement: placeWindow(stateFile.read(), workAreas),
  });
  rememberWindowState(opened, stateFile, log);
  watchRenderer(opened, log, ask);
  opened.on('closed', () => (win = null));
  return opened;
}

async function start(): Promise<void> {
  await app.whenReady();
  logs = createFileLog({ dir: app.getPath('logs'), console: app.isPackaged ? false : 'warn' });
  log('info', `Gavel ${app.getVersion()} started (Electron ${process.versions.electron}).`);
  watchChildren(app, log);
  hardenSession();
  serveApp(join(outDir, 'renderer'));
  installMenu(
    {
      command: (command) => forwardEvent(win, 'app:command', { command }),
      showLogs: () =>
        void shell.openPath(logs!.dir).then((error) => {
          if (error) log('warn', `The log folder could not be opened: ${error}`);
        }),
      openExternal: (url) => {
        if (isSafeExternalUrl(url)) void shell.openExternal(url);
      },
    },
    { mac: process.platform === 'darwin', packaged: app.isPackaged },
  );
  const userData = app.getPath('userData');
  const warn = (message: string) => log('warn', message);
  const folder = openDataFolder(userData, warn);
  app.once('will-quit', () => folder.release());
  const running = createCore({
    shell: 'electron',
    version: app.getVersion(),
    settings: createElectronSettings(userData, warn),
    dataDir: userData,
    library: openElectronLibrary(userData, warn),
    secrets: new SafeStorageSecretStore(safeStorage, openSecretFile(userData, warn)),
    chooseFolder,
    showFolder,
    log,
  });
  core = running;
  closeBeforeQuit(app, () => running.close(), log);
  registerIpc(
    createDispatcher(running.handlers, (err) => log('error', 'request failed', err)),
    log,
  );
  running.subscribe((event, payload) => forwardEvent(win, event, payload));
  win = openWindow();
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
  start().catch((err: unknown) => {
    log('error', 'Gavel could not start', err);
    dialog.showErrorBox('Gavel could not start', err instanceof Error ? err.message : String(err));
    void core?.close();
    app.exit(1);
  });
}

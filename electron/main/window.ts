import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session, shell } from 'electron';
import { CONTENT_SECURITY_POLICY, isSafeExternalUrl } from './security';

/** The page the window shows: the built renderer in `outDir`. */
export function appUrl(outDir: string): string {
  return pathToFileURL(join(outDir, 'renderer', 'index.html')).href;
}

/** Applies the session-wide guards: CSP header, no permissions granted to the page. */
export function hardenSession(): void {
  const ses = session.defaultSession;
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
  // Gavel needs no camera, notifications, geolocation…: refuse every request and check.
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
}

/** Creates the app window: sandboxed, isolated, no Node, no navigation, no pop-ups. */
export function createMainWindow(url: string, outDir: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 560,
    show: false,
    title: 'Gavel',
    webPreferences: {
      preload: join(outDir, 'preload', 'index.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: true,
    },
  });
  win.once('ready-to-show', () => win.show());
  // The page never navigates; a `mailto:` link (the minutes' e-mail draft) goes to the mail app.
  win.webContents.on('will-navigate', (event, target) => {
    event.preventDefault();
    if (target.startsWith('mailto:') && isSafeExternalUrl(target)) void shell.openExternal(target);
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  win.webContents.setWindowOpenHandler(({ url: target }) => {
    if (isSafeExternalUrl(target)) void shell.openExternal(target);
    return { action: 'deny' };
  });
  void win.loadURL(url);
  return win;
}

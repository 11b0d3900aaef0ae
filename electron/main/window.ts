import { BrowserWindow, session, shell, type App, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY, isAppUrl, isSafeExternalUrl } from './security';
import { MIN_SIZE, type Placement } from './window-state';

/** Applies the session-wide guards: CSP header, no permissions granted to the page. */
export function hardenSession(): void {
  const ses = session.defaultSession;
  // The protocol handler sets the same header on the app's own files; this covers anything else.
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

/** What the window is made from. */
export interface MainWindowOptions {
  /** The page: `gavel://app/index.html`. */
  url: string;
  /** The built preload script. */
  preload: string;
  placement: Placement;
}

/**
 * Keeps `contents` on the app's own page: navigation and redirects elsewhere are cancelled (a
 * `mailto:` link, the minutes' e-mail draft, goes to the mail app), pop-ups are denied (https
 * links open in the system browser) and `<webview>` is refused.
 */
export function guardContents(contents: WebContents): void {
  contents.on('will-navigate', (event, target) => {
    if (isAppUrl(target)) return;
    event.preventDefault();
    if (target.startsWith('mailto:') && isSafeExternalUrl(target)) void shell.openExternal(target);
  });
  contents.on('will-redirect', (event, target) => {
    if (!isAppUrl(target)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url: target }) => {
    if (isSafeExternalUrl(target)) void shell.openExternal(target);
    return { action: 'deny' };
  });
}

/** Applies `guardContents` to every web contents the app creates, the window's and any other. */
export function guardEveryContents(app: Pick<App, 'on'>): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
}

/**
 * Creates the app window: sandboxed, isolated, no Node, placed where it was last left. Its
 * contents are guarded by `guardEveryContents`, installed before the app is ready.
 */
export function createMainWindow({ url, preload, placement }: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    ...placement.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Gavel',
    webPreferences: {
      preload,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  });
  win.once('ready-to-show', () => {
    if (placement.maximized) win.maximize();
    win.show();
  });
  void win.loadURL(url);
  return win;
}

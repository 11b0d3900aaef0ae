import { beforeEach, describe, expect, it, vi } from 'vitest';
import { app, BrowserWindow, session, shell } from '../testing/fake-electron';
import { APP_URL, CONTENT_SECURITY_POLICY } from './security';
import { createMainWindow, guardEveryContents, hardenSession } from './window';

vi.mock('electron', () => import('../testing/fake-electron'));

const open = (maximized = false) =>
  createMainWindow({
    url: APP_URL,
    preload: '/app/out/preload/index.cjs',
    placement: { bounds: { x: 5, y: 6, width: 1100, height: 700 }, maximized },
  }) as unknown as BrowserWindow;

/** Emits a cancellable web contents event and says whether it was cancelled. */
function cancelled(win: BrowserWindow, name: string, url: string): boolean {
  const event = { preventDefault: vi.fn() };
  win.webContents.emit(name, event, url);
  return event.preventDefault.mock.calls.length > 0;
}

// As main does before the app is ready: every web contents is guarded when it is created.
guardEveryContents(app as never);
beforeEach(() => vi.clearAllMocks());

describe('createMainWindow', () => {
  it('opens the app page sandboxed and isolated, where it was left', () => {
    const win = open();
    expect(win.options).toMatchObject({ x: 5, y: 6, width: 1100, height: 700, show: false });
    expect(win.options.webPreferences).toEqual({
      preload: '/app/out/preload/index.cjs',
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
    });
    expect(win.loadURL).toHaveBeenCalledWith('gavel://app/index.html');
  });

  it('shows the window when ready, maximised when it was', () => {
    const plain = open(false);
    plain.emit('ready-to-show');
    expect(plain.show).toHaveBeenCalled();
    expect(plain.maximize).not.toHaveBeenCalled();
    const big = open(true);
    big.emit('ready-to-show');
    expect(big.maximize).toHaveBeenCalled();
  });

  it('never leaves its own page; a mailto link goes to the mail app', () => {
    const win = open();
    expect(cancelled(win, 'will-navigate', 'gavel://app/index.html')).toBe(false);
    for (const url of [
      'https://example.org/',
      'file:///etc/passwd',
      'gavel://evil/',
      'javascript:1',
    ])
      expect(cancelled(win, 'will-navigate', url), url).toBe(true);
    expect(shell.openExternal).not.toHaveBeenCalled();
    expect(cancelled(win, 'will-navigate', 'mailto:list@example.org')).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith('mailto:list@example.org');
    expect(cancelled(win, 'will-redirect', 'https://example.org/')).toBe(true);
    expect(cancelled(win, 'will-redirect', 'gavel://app/index.html')).toBe(false);
  });

  it('denies every new window, sending only https links to the browser', () => {
    const win = open();
    const handler = win.webContents.windowOpenHandler!;
    expect(handler({ url: 'https://wiki.debian.org/MeetBot' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledWith('https://wiki.debian.org/MeetBot');
    vi.mocked(shell.openExternal).mockClear();
    for (const url of ['file:///etc/passwd', 'gavel://app/index.html', 'smb://host/share']) {
      expect(handler({ url })).toEqual({ action: 'deny' });
    }
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('refuses to attach a webview', () => {
    expect(cancelled(open(), 'will-attach-webview', '')).toBe(true);
  });
});

describe('hardenSession', () => {
  it('sets the CSP on every response and grants no permission', () => {
    hardenSession();
    const ses = session.defaultSession;
    const callback = vi.fn();
    ses.headersListener!({ responseHeaders: { 'X-Other': ['1'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read']) {
      const answer = vi.fn();
      ses.permissionRequest!({}, permission, answer);
      expect(answer).toHaveBeenCalledWith(false);
    }
    expect(ses.permissionCheck!({}, 'media')).toBe(false);
  });
});

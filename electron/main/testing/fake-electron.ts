import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * A stand-in for the parts of the `electron` module the shell uses, for unit tests without the
 * Electron binary: `vi.mock('electron', () => import('./testing/fake-electron'))`. Windows,
 * web contents, the app and ipcMain are event emitters the tests drive; every call the shell
 * makes is a `vi.fn` to inspect.
 */

export class FakeWebContents extends EventEmitter {
  send = vi.fn();
  reload = vi.fn();
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
  setWindowOpenHandler = vi.fn((handler: FakeWebContents['windowOpenHandler']) => {
    this.windowOpenHandler = handler;
  });
}

export class BrowserWindow extends EventEmitter {
  static created: BrowserWindow[] = [];
  webContents = new FakeWebContents();
  destroyed = false;
  maximized = false;
  normalBounds = { x: 10, y: 20, width: 1000, height: 700 };
  loadURL = vi.fn(async (_url: string) => {});
  show = vi.fn();
  close = vi.fn();
  maximize = vi.fn(() => void (this.maximized = true));
  isDestroyed = () => this.destroyed;
  isMaximized = () => this.maximized;
  getNormalBounds = () => this.normalBounds;
  constructor(public options: Record<string, unknown>) {
    super();
    BrowserWindow.created.push(this);
  }
}

export const ipcMain = {
  handlers: new Map<string, (event: unknown, req: unknown) => unknown>(),
  handle: vi.fn((channel: string, handler: (event: unknown, req: unknown) => unknown) => {
    ipcMain.handlers.set(channel, handler);
  }),
  removeHandler: vi.fn((channel: string) => void ipcMain.handlers.delete(channel)),
};

export const protocol = {
  handlers: new Map<string, (request: Request) => Promise<Response>>(),
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response>) => {
    protocol.handlers.set(scheme, handler);
  }),
};

type HeadersListener = (
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders: Record<string, string[]> }) => void,
) => void;

export const session = {
  defaultSession: {
    headersListener: null as HeadersListener | null,
    permissionRequest: null as
      ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | null,
    permissionCheck: null as ((...args: unknown[]) => boolean) | null,
    webRequest: {
      onHeadersReceived: vi.fn((listener: HeadersListener) => {
        session.defaultSession.headersListener = listener;
      }),
    },
    setPermissionRequestHandler: vi.fn((handler) => {
      session.defaultSession.permissionRequest = handler;
    }),
    setPermissionCheckHandler: vi.fn((handler) => {
      session.defaultSession.permissionCheck = handler;
    }),
  },
};

export const shell = { openExternal: vi.fn(async () => {}), openPath: vi.fn(async () => '') };

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
  setApplicationMenu: vi.fn(),
};

export const app = Object.assign(new EventEmitter(), { quit: vi.fn(), exit: vi.fn() });

export const dialog = { showMessageBox: vi.fn(), showOpenDialog: vi.fn() };

export default { BrowserWindow, ipcMain, protocol, session, shell, Menu, app, dialog };

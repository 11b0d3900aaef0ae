import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * A stand-in for the parts of the `electron` module the shell uses, for unit tests without the
 * Electron binary: `vi.mock('electron', () => import('../testing/fake-electron'))`. Windows,
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
    app.emit('web-contents-created', {}, this.webContents);
  }
}

export const ipcMain = {
  on: vi.fn(),
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

/**
 * The app: `paths` is where `getPath` points (a test sets `paths.root` to a temporary folder);
 * `quit()` emits `before-quit` as Electron does and counts as an exit only when no listener
 * prevented it; `ready` resolves `whenReady()`.
 */
export const app = Object.assign(new EventEmitter(), {
  paths: { root: '/nonexistent' } as Record<string, string>,
  isPackaged: false,
  exited: false,
  calls: [] as string[],
  switches: new Set<string>(),
  ready: Promise.resolve(),
  whenReady: vi.fn(() => app.ready),
  getPath: vi.fn((name: string) => app.paths[name] ?? `${app.paths.root}/${name}`),
  setPath: vi.fn((name: string, path: string) => void (app.paths[name] = path)),
  getVersion: vi.fn(() => '0.0.0-test'),
  enableSandbox: vi.fn(() => void app.calls.push('enableSandbox')),
  requestSingleInstanceLock: vi.fn(() => true),
  commandLine: { hasSwitch: vi.fn((name: string) => app.switches.has(name)) },
  quit: vi.fn(() => {
    let prevented = false;
    app.emit('before-quit', { preventDefault: () => (prevented = true) });
    if (!prevented) app.exited = true;
  }),
  exit: vi.fn(() => void (app.exited = true)),
});

export const dialog = {
  showMessageBox: vi.fn(async () => ({ response: 0 })),
  showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
};

export const screen = {
  getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]),
};

/** No keychain: storing a secret is refused, as on a system without one. */
export const safeStorage = {
  isEncryptionAvailable: vi.fn(() => false),
  encryptString: vi.fn(),
  decryptString: vi.fn(),
};

export const contextBridge = { exposeInMainWorld: vi.fn() };

export const ipcRenderer = Object.assign(new EventEmitter(), { invoke: vi.fn() });

export default {
  BrowserWindow,
  ipcMain,
  ipcRenderer,
  contextBridge,
  protocol,
  session,
  shell,
  Menu,
  app,
  dialog,
  screen,
  safeStorage,
};

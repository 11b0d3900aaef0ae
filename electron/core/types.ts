import type { EventSink, Handlers } from '../../shared/ipc/bridge';
import type { Settings } from '../../shared/ipc/schemas';
import type { LibraryBackend } from './store/library';
import type { SecretStore } from './store/secrets';

/**
 * Settings storage as the core sees it. Electron main backs it with electron-store, the browser
 * host and tests with conf; both already implement this subset.
 */
export interface SettingsBackend {
  get<K extends keyof Settings>(key: K): Settings[K];
  set<K extends keyof Settings>(key: K, value: Settings[K]): void;
}

/** What a shell gives the core: everything that depends on where it runs. */
export interface CoreDeps {
  /** Which shell hosts the core, reported by `app:info`. */
  shell: 'electron' | 'browser';
  version: string;
  settings: SettingsBackend;
  /** The app's data folder: meeting journals go to `meetings/<id>/journal.jsonl` in it. */
  dataDir: string;
  /**
   * The meeting index, agendas, templates and names (`library.json`: electron-store in Electron,
   * conf elsewhere). Without it they are kept in memory only, which suits tests.
   */
  library?: LibraryBackend;
  /**
   * Where passwords are kept: `safeStorage` in Electron, a memory-only store in the browser host.
   * Without it Gavel keeps no password between connects.
   */
  secrets?: SecretStore;
  /**
   * Asks the user for a folder to save files in (Electron's folder dialog), resolving to its
   * path or null when they cancel. Without it, `export:save` answers `use-download` and the
   * window downloads the files instead (browser mode).
   */
  chooseFolder?: (title: string) => Promise<string | null>;
  /**
   * Opens a folder in the system's file manager (Electron's shell), resolving to '' or to why it
   * could not. Only ever given a folder minutes were just saved in.
   */
  showFolder?: (folder: string) => Promise<string>;
  /** Reports bugs (never user errors) to the shell's log. */
  log: (level: 'info' | 'warn' | 'error', message: string, detail?: unknown) => void;
}

/** The running core: the bridge handlers plus the event stream, shared by every shell. */
export interface Core {
  handlers: Handlers;
  /** Start receiving events; returns the function that stops it. */
  subscribe(sink: EventSink): () => void;
  /** Disconnects and flushes; the core is unusable afterwards. */
  close(): Promise<void>;
}

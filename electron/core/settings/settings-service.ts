import { fail, ok, type Result } from '../../../shared/ipc/result';
import { CONNECTION_SECRETS, Settings } from '../../../shared/ipc/schemas';
import type { WriteProblem } from '../../../shared/ipc/storage-schemas';
import type { SettingsBackend } from '../types';

/** What a fresh install starts with. */
export const DEFAULT_SETTINGS: Settings = { lastConnection: null, theme: 'system' };

const KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

/** Pause before writing a change that could not be saved again. */
const RETRY_MS = 5000;

/** How a failed settings write is reported to the chair. */
export function settingsProblem(error: Error): Omit<WriteProblem, 'since'> {
  return { kind: 'settings', meetingId: null, reason: error.message, unsaved: 0 };
}

/**
 * Settings behind one interface for every shell. Reads are checked against the `Settings`
 * schema key by key, so a stored value that no longer fits falls back to its default instead of
 * reaching the UI; writes are checked before they reach the backend, and a password is refused.
 * A password an older version left in the file is removed when the service starts.
 */
export class SettingsService {
  /** A change not saved yet, written again with the next attempt. */
  private unsaved: Partial<Settings> = {};
  private retry: ReturnType<typeof setTimeout> | null = null;

  /**
   * `onWrite` hears how each write went (null when it worked), so a failing one reaches the chair.
   */
  constructor(
    private readonly backend: SettingsBackend,
    private readonly warn: (message: string) => void = () => {},
    private readonly onWrite: (error: Error | null) => void = () => {},
  ) {
    this.forgetStoredSecrets();
  }

  private forgetStoredSecrets(): void {
    const stored = this.backend.get('lastConnection');
    if (typeof stored !== 'object' || stored === null) return;
    const found = CONNECTION_SECRETS.filter((key) => key in stored);
    if (found.length === 0) return;
    const kept: Record<string, unknown> = { ...stored };
    for (const key of found) delete kept[key];
    try {
      this.backend.set('lastConnection', kept as Settings['lastConnection']);
      this.warn(
        'A password found in the settings file was removed; passwords are never kept there.',
      );
    } catch (err) {
      this.warn(`A password in the settings file could not be removed: ${(err as Error).message}`);
    }
  }

  /** The current settings, every key present and valid. */
  get(): Settings {
    const read = (key: keyof Settings) => {
      const parsed = Settings.shape[key].safeParse(this.backend.get(key));
      if (parsed.success) return parsed.data;
      this.warn(`The stored setting "${key}" is not valid; its default is used.`);
      return DEFAULT_SETTINGS[key];
    };
    return Object.fromEntries(KEYS.map((key) => [key, read(key)])) as Settings;
  }

  /**
   * Applies `change` and returns the settings after it, or why it could not be saved. A change
   * that could not be saved is kept and written again (with any later change) every
   * `RETRY_MS` until it is.
   */
  set(change: Partial<Settings>): Result<Settings> {
    const parsed = Settings.partial().strict().safeParse(change);
    if (!parsed.success)
      return fail('bad-request', parsed.error.issues[0]?.message ?? 'Not a valid setting.');
    const wanted = { ...this.unsaved, ...parsed.data };
    try {
      for (const key of KEYS) {
        const value = wanted[key];
        if (value !== undefined) this.backend.set(key, value);
      }
    } catch (err) {
      this.unsaved = wanted;
      this.retryLater();
      this.onWrite(err as Error);
      return fail(
        'settings-not-saved',
        `The settings could not be saved: ${(err as Error).message}`,
      );
    }
    this.unsaved = {};
    this.onWrite(null);
    return ok(this.get());
  }

  private retryLater(): void {
    if (this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      this.set({});
    }, RETRY_MS);
    // A pending retry never keeps the process alive.
    this.retry.unref?.();
  }
}

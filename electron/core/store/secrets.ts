import { ok, type Result } from '../../../shared/ipc/result';

/**
 * Where Gavel keeps passwords (server, SASL, NickServ), by key such as `network:main:sasl`.
 * Electron main backs it with the operating system's keychain through `safeStorage`; outside
 * Electron only {@link MemorySecretStore} exists, which forgets everything when Gavel stops.
 */
export interface SecretStore {
  /** Says where secrets go, for the log and the UI (e.g. "kept in memory only"). */
  readonly label: string;
  /** True when secrets survive a restart. */
  readonly persistent: boolean;
  /** The secret under `key`, or null when there is none (or it can no longer be read). */
  get(key: string): string | null;
  /** Keeps `value` under `key`, or forgets the key when `value` is null; an error says why not. */
  set(key: string, value: string | null): Result<null>;
}

/**
 * Secrets in this process's memory only: nothing is written to disk, so every password must be
 * typed again after a restart. The browser host uses it, and says so once in its log.
 */
export class MemorySecretStore implements SecretStore {
  readonly label = 'kept in memory only; nothing is written to disk';
  readonly persistent = false;
  private readonly values = new Map<string, string>();

  get(key: string): string | null {
    return this.values.get(key) ?? null;
  }

  set(key: string, value: string | null): Result<null> {
    if (value === null) this.values.delete(key);
    else this.values.set(key, value);
    return ok(null);
  }
}

import { fail, ok, type Result } from '../../shared/ipc/result';
import type { SecretStore } from '../core/store/secrets';

/** The part of Electron's `safeStorage` Gavel uses (injected, so this file runs without Electron). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/** Where the encrypted secrets are kept: a map from key to base64 ciphertext. */
export interface SecretFile {
  read(): Record<string, string>;
  write(values: Record<string, string>): void;
}

const UNAVAILABLE =
  'Gavel cannot keep passwords on this system: it offers no keychain or secret service to encrypt them. ' +
  'Type the password when connecting instead.';

/**
 * Passwords encrypted with the operating system's keychain (`safeStorage`) and kept as base64
 * in their own file. Nothing is written in clear: when encryption is not available, storing is
 * refused with a message saying so. A secret that can no longer be decrypted (the keychain was
 * reset) reads as absent.
 */
export class SafeStorageSecretStore implements SecretStore {
  readonly label = 'encrypted with the system keychain';
  readonly persistent = true;

  constructor(
    private readonly crypto: SafeStorageLike,
    private readonly file: SecretFile,
  ) {}

  get(key: string): string | null {
    const stored = this.file.read()[key];
    if (stored === undefined || !this.crypto.isEncryptionAvailable()) return null;
    try {
      return this.crypto.decryptString(Buffer.from(stored, 'base64'));
    } catch {
      return null;
    }
  }

  set(key: string, value: string | null): Result<null> {
    const values = { ...this.file.read() };
    if (value === null) delete values[key];
    else if (!this.crypto.isEncryptionAvailable()) return fail('secrets-unavailable', UNAVAILABLE);
    else values[key] = this.crypto.encryptString(value).toString('base64');
    try {
      this.file.write(values);
    } catch (err) {
      return fail(
        'secrets-not-saved',
        `Gavel could not save the password: ${(err as Error).message}`,
      );
    }
    return ok(null);
  }
}

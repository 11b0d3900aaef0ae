import { describe, expect, it } from 'vitest';
import { SafeStorageSecretStore, type SafeStorageLike, type SecretFile } from './secrets';

// A reversible stand-in for the keychain: enough to check nothing is stored in clear.
function fakeCrypto(available = true): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (text) => Buffer.from(`enc:${[...text].reverse().join('')}`),
    decryptString: (buf) => {
      const text = buf.toString();
      if (!text.startsWith('enc:'))
        throw new Error(
          'Error while decrypting the ciphertext provided to safeStorage.decryptString.',
        );
      return [...text.slice(4)].reverse().join('');
    },
  };
}

function memoryFile(): SecretFile & { values: Record<string, string> } {
  const file = {
    values: {} as Record<string, string>,
    read: () => file.values,
    write: (v: Record<string, string>) => void (file.values = v),
  };
  return file;
}

describe('SafeStorageSecretStore', () => {
  it('keeps secrets encrypted as base64, reads them back, and forgets them', () => {
    const file = memoryFile();
    const secrets = new SafeStorageSecretStore(fakeCrypto(), file);
    expect(secrets.set('network:main:sasl', 'hunter2')).toEqual({ ok: true, value: null });
    expect(JSON.stringify(file.values)).not.toContain('hunter2');
    expect(Buffer.from(file.values['network:main:sasl']!, 'base64').toString()).toBe('enc:2retnuh');
    expect(secrets.get('network:main:sasl')).toBe('hunter2');
    expect(secrets.set('network:main:sasl', null).ok).toBe(true);
    expect(secrets.get('network:main:sasl')).toBeNull();
    expect(secrets.persistent).toBe(true);
  });

  it('refuses to store when the system cannot encrypt, writing nothing', () => {
    const file = memoryFile();
    const result = new SafeStorageSecretStore(fakeCrypto(false), file).set('k', 'secret');
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'secrets-unavailable',
        message: expect.stringMatching(/no keychain or secret service/),
      },
    });
    expect(file.values).toEqual({});
  });

  it('reads a secret it can no longer decrypt as absent, and reports a file it cannot write', () => {
    const file = memoryFile();
    file.values.k = Buffer.from('garbage').toString('base64');
    const secrets = new SafeStorageSecretStore(fakeCrypto(), file);
    expect(secrets.get('k')).toBeNull();
    file.write = () => {
      throw new Error('EACCES: permission denied');
    };
    expect(secrets.set('k', 'x')).toEqual({
      ok: false,
      error: {
        code: 'secrets-not-saved',
        message: 'Gavel could not save the password: EACCES: permission denied',
      },
    });
  });
});

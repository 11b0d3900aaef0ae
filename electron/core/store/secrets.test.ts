import { describe, expect, it } from 'vitest';
import { MemorySecretStore } from './secrets';

describe('MemorySecretStore', () => {
  it('keeps and forgets secrets, and says it keeps nothing on disk', () => {
    const secrets = new MemorySecretStore();
    expect(secrets.persistent).toBe(false);
    expect(secrets.label).toMatch(/memory only; nothing is written to disk/);
    expect(secrets.get('network:main:sasl')).toBeNull();
    expect(secrets.set('network:main:sasl', 'hunter2')).toEqual({ ok: true, value: null });
    expect(secrets.get('network:main:sasl')).toBe('hunter2');
    secrets.set('network:main:sasl', null);
    expect(secrets.get('network:main:sasl')).toBeNull();
  });
});

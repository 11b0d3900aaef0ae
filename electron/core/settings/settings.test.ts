import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../../shared/ipc/bridge';
import { createDispatcher } from '../../../shared/ipc/dispatch';
import { NO_SECRETS_IN_SETTINGS, type Settings } from '../../../shared/ipc/schemas';
import type { SettingsBackend } from '../types';
import { createConfBackend } from './conf-backend';
import { DEFAULT_SETTINGS, SettingsService } from './settings-service';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gavel-settings-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const connection = {
  server: 'irc.libera.chat',
  port: 6697,
  tls: true,
  nick: 'chair',
  channel: '#meet',
};

describe('SettingsService over conf', () => {
  it('starts with the defaults and keeps what is set across instances', () => {
    const dir = tempDir();
    const first = new SettingsService(createConfBackend(dir));
    expect(first.get()).toEqual(DEFAULT_SETTINGS);
    expect(first.set({ theme: 'dark', lastConnection: connection })).toEqual({
      ok: true,
      value: { theme: 'dark', lastConnection: connection },
    });
    const again = new SettingsService(createConfBackend(dir));
    expect(again.get()).toEqual({ theme: 'dark', lastConnection: connection });
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toMatchObject({
      theme: 'dark',
    });
  });

  it('refuses an invalid change without writing anything', () => {
    const service = new SettingsService(createConfBackend(tempDir()));
    const bad = service.set({ theme: 'neon' } as unknown as Partial<Settings>);
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(service.get()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps a corrupt file aside and starts from the defaults', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'settings.json'), '{ not json');
    writeFileSync(join(dir, 'settings.json.tmp-1234'), 'left by a crash');
    const notes: string[] = [];
    const service = new SettingsService(createConfBackend(dir, (m) => notes.push(m)));
    expect(service.get()).toEqual(DEFAULT_SETTINGS);
    expect(notes[0]).toMatch(/could not be read .* kept as settings\.json\.invalid-\d+/);
    const files = readdirSync(dir);
    expect(files.some((f) => f.startsWith('settings.json.invalid-'))).toBe(true);
    expect(files.some((f) => f.includes('.tmp-'))).toBe(false);
  });

  it('a file that breaks the schema is kept aside too', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ theme: 42, lastConnection: null }));
    const service = new SettingsService(createConfBackend(dir));
    expect(service.get()).toEqual(DEFAULT_SETTINGS);
    expect(readdirSync(dir).some((f) => f.startsWith('settings.json.invalid-'))).toBe(true);
  });
});

describe('SettingsService over any backend', () => {
  it('falls back to the default for a stored value that no longer fits, and says so', () => {
    const stored: Record<string, unknown> = { theme: 'sepia', lastConnection: connection };
    const backend = {
      get: (key: string) => stored[key],
      set: (key: string, value: unknown) => void (stored[key] = value),
    } as SettingsBackend;
    const warnings: string[] = [];
    const service = new SettingsService(backend, (m) => warnings.push(m));
    expect(service.get()).toEqual({ theme: 'system', lastConnection: connection });
    expect(warnings).toEqual(['The stored setting "theme" is not valid; its default is used.']);
  });

  it('reports a backend that cannot write as an error value', () => {
    const backend: SettingsBackend = {
      get: (key) => DEFAULT_SETTINGS[key],
      set: () => {
        throw new Error('EACCES: permission denied');
      },
    };
    expect(new SettingsService(backend).set({ theme: 'light' })).toEqual({
      ok: false,
      error: {
        code: 'settings-not-saved',
        message: 'The settings could not be saved: EACCES: permission denied',
      },
    });
  });
});

describe('no secret in settings', () => {
  it('refuses a password in lastConnection, through settings:set, and writes nothing', async () => {
    const dir = tempDir();
    const service = new SettingsService(createConfBackend(dir));
    const dispatch = createDispatcher(
      {
        'settings:set': async (change: Partial<Settings>) => service.set(change),
      } as unknown as Handlers,
      () => {},
    );
    for (const secret of [
      { password: 'hunter2' },
      { nickservPassword: 'hunter2' },
      { sasl: { account: 'chair', password: 'hunter2' } },
    ]) {
      const result = await dispatch('settings:set', {
        lastConnection: { ...connection, ...secret },
      });
      expect(result).toEqual({
        ok: false,
        error: { code: 'bad-request', message: expect.stringContaining(NO_SECRETS_IN_SETTINGS) },
      });
      // Straight to the service too (Electron main and the host share it).
      expect(service.set({ lastConnection: { ...connection, ...secret } })).toMatchObject({
        ok: false,
        error: { code: 'bad-request', message: NO_SECRETS_IN_SETTINGS },
      });
    }
    expect(service.get().lastConnection).toBeNull();
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).not.toContain('hunter2');
  });

  it('removes a password an older version left in the file, keeping the rest', () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'settings.json'),
      JSON.stringify({ theme: 'dark', lastConnection: { ...connection, password: 'hunter2' } }),
    );
    const warnings: string[] = [];
    const service = new SettingsService(createConfBackend(dir), (m) => warnings.push(m));
    expect(service.get()).toEqual({ theme: 'dark', lastConnection: connection });
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).not.toContain('hunter2');
    expect(warnings).toEqual([
      'A password found in the settings file was removed; passwords are never kept there.',
    ]);
  });

  it('writes the settings file for its owner only', () => {
    const dir = tempDir();
    new SettingsService(createConfBackend(dir)).set({ theme: 'dark' });
    expect(statSync(join(dir, 'settings.json')).mode & 0o777).toBe(0o600);
  });
});

describe('a settings write that fails', () => {
  it('is reported, kept, and written again once it can be', () => {
    vi.useFakeTimers();
    try {
      const stored: Record<string, unknown> = { ...DEFAULT_SETTINGS };
      let broken = true;
      const backend = {
        get: (key: string) => stored[key],
        set: (key: string, value: unknown) => {
          if (broken) throw new Error('ENOSPC: no space left on device');
          stored[key] = value;
        },
      } as SettingsBackend;
      const heard: (string | null)[] = [];
      const service = new SettingsService(
        backend,
        () => {},
        (err) => heard.push(err?.message ?? null),
      );
      expect(service.set({ theme: 'dark' })).toMatchObject({
        ok: false,
        error: { code: 'settings-not-saved' },
      });
      expect(heard).toEqual(['ENOSPC: no space left on device']);
      vi.advanceTimersByTime(5000);
      expect(heard).toHaveLength(2);
      broken = false;
      vi.advanceTimersByTime(5000);
      expect(heard.at(-1)).toBeNull();
      expect(stored.theme).toBe('dark');
      vi.advanceTimersByTime(60_000);
      expect(heard).toHaveLength(3);
    } finally {
      vi.useRealTimers();
    }
  });
});

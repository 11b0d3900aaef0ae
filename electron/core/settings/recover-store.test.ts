import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConfBackend } from './conf-backend';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'gavel-settings-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('openRecovering (through the conf backend)', () => {
  it('keeps an unreadable settings file aside and starts from the defaults', () => {
    writeFileSync(join(dir, 'settings.json'), '{ not json');
    const messages: string[] = [];
    const backend = createConfBackend(dir, (m) => messages.push(m));
    expect(backend.get('theme')).toBe('system');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(
      /settings\.json could not be read .* kept as settings\.json\.invalid-\d+/,
    );
    expect(readdirSync(dir).some((n) => n.startsWith('settings.json.invalid-'))).toBe(true);
  });

  it('removes temporary files a crash left behind and keeps a good file', () => {
    writeFileSync(
      join(dir, 'settings.json'),
      JSON.stringify({ theme: 'dark', lastConnection: null }),
    );
    writeFileSync(join(dir, 'settings.json.tmp-123'), '{');
    const messages: string[] = [];
    const backend = createConfBackend(dir, (m) => messages.push(m));
    expect(backend.get('theme')).toBe('dark');
    expect(messages).toEqual([]);
    expect(existsSync(join(dir, 'settings.json.tmp-123'))).toBe(false);
  });
});

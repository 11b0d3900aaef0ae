import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileLog } from './file-log';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gavel-log-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('createFileLog', () => {
  it('appends each line with its time and level to gavel.log in a folder it creates', () => {
    const dir = join(tempDir(), 'logs');
    const { log, file } = createFileLog({ dir });
    log('info', 'Gavel 1.2.3 started');
    log('error', 'request failed', new Error('boom'));
    const text = readFileSync(file, 'utf8');
    expect(file).toBe(join(dir, 'gavel.log'));
    expect(text).toMatch(/^\[\d{4}-\d\d-\d\dT[\d:.]+Z\] \[info\]\s+Gavel 1\.2\.3 started$/m);
    expect(text).toMatch(/\[error\]\s*request failed Error: boom\n\s+at /);
  });

  it('keeps two loggers apart', () => {
    const a = createFileLog({ dir: tempDir() });
    const b = createFileLog({ dir: tempDir() });
    a.log('warn', 'only in a');
    expect(readFileSync(a.file, 'utf8')).toContain('only in a');
    expect(existsSync(b.file)).toBe(false);
  });

  it('rotates a full file to gavel.old.log', () => {
    const { log, file, dir } = createFileLog({ dir: tempDir(), maxBytes: 200 });
    for (let i = 0; i < 10; i++) log('info', `line ${i} ${'x'.repeat(40)}`);
    expect(existsSync(join(dir, 'gavel.old.log'))).toBe(true);
    expect(readFileSync(file, 'utf8').length).toBeLessThan(400);
    expect(readFileSync(file, 'utf8')).toContain('line 9');
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { shell } from '../testing/fake-electron';
import { showFolder } from './show-folder';

vi.mock('electron', () => import('../testing/fake-electron'));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gavel-show-'));
  shell.openPath.mockClear();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('showFolder', () => {
  it('opens a folder in the file manager', async () => {
    expect(await showFolder(dir)).toBe('');
    expect(shell.openPath).toHaveBeenCalledWith(dir);
  });

  it('passes on why the file manager could not open it', async () => {
    shell.openPath.mockResolvedValueOnce('No application is registered');
    expect(await showFolder(dir)).toBe('No application is registered');
  });

  it('never opens a file (it would run or open in its program), nor a folder gone since', async () => {
    const file = join(dir, 'minutes.sh');
    writeFileSync(file, 'echo hi');
    expect(await showFolder(file)).toBe(`${file} is not a folder.`);
    expect(await showFolder(join(dir, 'gone'))).toMatch(/is no longer there/);
    expect(shell.openPath).not.toHaveBeenCalled();
  });
});

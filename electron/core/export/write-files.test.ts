import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFilesAtomically } from './write-files';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'gavel-export-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFilesAtomically', () => {
  it('writes nested files and leaves no temporary files behind', () => {
    const written = writeFilesAtomically(
      dir,
      new Map([
        ['meet/2020/meet.2020-06-10-12.02.txt', 'minutes'],
        ['meet/2020/meet.2020-06-10-12.02.html', '<p>minutes</p>'],
      ]),
    );
    expect(written).toHaveLength(2);
    expect(readFileSync(join(dir, 'meet/2020/meet.2020-06-10-12.02.txt'), 'utf8')).toBe('minutes');
    expect(readdirSync(join(dir, 'meet/2020')).sort()).toEqual([
      'meet.2020-06-10-12.02.html',
      'meet.2020-06-10-12.02.txt',
    ]);
  });

  it('refuses a path that leaves the folder', () => {
    expect(() => writeFilesAtomically(dir, new Map([['../escape.txt', 'x']]))).toThrow(/outside/);
  });
});

import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeAll, writeFilesAtomically } from './write-files';

// A disk that takes at most 7 bytes a write when `short` is set, as writeSync may.
const disk = vi.hoisted(() => ({ short: false }));
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  const writeSync = ((fd: number, bytes: Uint8Array, offset: number, length: number) =>
    fs.writeSync(
      fd,
      bytes,
      offset,
      disk.short ? Math.min(length, 7) : length,
    )) as typeof fs.writeSync;
  return { ...fs, writeSync };
});

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

describe('writeAll', () => {
  it('carries on after short writes until every byte asked for is written', () => {
    const path = join(dir, 'short');
    const fd = openSync(path, 'w');
    disk.short = true;
    try {
      writeAll(fd, Buffer.from('0123456789abcdefghij-never written'), 20);
    } finally {
      disk.short = false;
      closeSync(fd);
    }
    expect(readFileSync(path, 'utf8')).toBe('0123456789abcdefghij');
  });
});

import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir, uptime } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Journal } from '../journal/journal';
import { FolderInUseError, lockDataFolder } from './lock';
import { secureDataFolder } from './permissions';

let root: string;
beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'gavel-folder-'))));
afterEach(() => rmSync(root, { recursive: true, force: true }));

const mode = (path: string) => statSync(path).mode & 0o777;

describe('secureDataFolder', () => {
  it('creates the folder for its owner only', () => {
    const dir = join(root, 'new', 'gavel');
    expect(secureDataFolder(dir)).toBe(0);
    expect(mode(dir)).toBe(0o700);
  });

  it('tightens what an older install left readable, says so once, and leaves the rest', () => {
    const dir = join(root, 'gavel');
    mkdirSync(join(dir, 'meetings', 'm1'), { recursive: true });
    mkdirSync(join(dir, 'Cache'));
    writeFileSync(join(dir, 'settings.json'), '{}');
    writeFileSync(join(dir, 'meetings', 'm1', 'journal.jsonl'), '');
    writeFileSync(join(dir, 'Cache', 'data_0'), '');
    writeFileSync(join(root, 'outside'), '');
    symlinkSync(join(root, 'outside'), join(dir, 'link'));
    for (const p of [dir, join(dir, 'meetings'), join(dir, 'meetings', 'm1'), join(dir, 'Cache')])
      chmodSync(p, 0o755);
    for (const p of ['settings.json', 'meetings/m1/journal.jsonl', 'Cache/data_0'])
      chmodSync(join(dir, p), 0o644);
    chmodSync(join(root, 'outside'), 0o644);
    const warnings: string[] = [];
    expect(secureDataFolder(dir, (m) => warnings.push(m))).toBe(5);
    expect(warnings).toEqual([
      `5 file(s) and folder(s) in ${dir} could be read by other users of this computer; they are now private.`,
    ]);
    expect(mode(dir)).toBe(0o700);
    expect(mode(join(dir, 'settings.json'))).toBe(0o600);
    expect(mode(join(dir, 'meetings', 'm1'))).toBe(0o700);
    expect(mode(join(dir, 'meetings', 'm1', 'journal.jsonl'))).toBe(0o600);
    // Not Gavel's: the browser engine's cache keeps its modes (the folder around it is private).
    expect(mode(join(dir, 'Cache', 'data_0'))).toBe(0o644);
    expect(mode(join(root, 'outside'))).toBe(0o644);
    expect(secureDataFolder(dir, (m) => warnings.push(m))).toBe(0);
    expect(warnings).toHaveLength(1);
  });

  it('never loosens a stricter mode', () => {
    const dir = join(root, 'gavel');
    mkdirSync(dir, { mode: 0o700 });
    writeFileSync(join(dir, 'library.json'), '{}', { mode: 0o400 });
    expect(secureDataFolder(dir)).toBe(0);
    expect(mode(join(dir, 'library.json'))).toBe(0o400);
  });

  it('has journals created for their owner only', () => {
    const journal = new Journal(join(root, 'journal.jsonl'));
    journal.close();
    expect(mode(join(root, 'journal.jsonl'))).toBe(0o600);
  });
});

describe('lockDataFolder', () => {
  it('holds the folder for one process, names the holder, and lets go on release', () => {
    const lock = lockDataFolder(root);
    expect(mode(lock.path)).toBe(0o600);
    expect(JSON.parse(readFileSync(lock.path, 'utf8'))).toMatchObject({
      pid: process.pid,
      host: hostname(),
    });
    expect(() => lockDataFolder(root)).toThrow(FolderInUseError);
    expect(() => lockDataFolder(root)).toThrow(
      `Another Gavel (process ${process.pid}) is using the data folder ${root}.`,
    );
    lock.release();
    lockDataFolder(root).release();
  });

  it('takes over a lock whose process is gone, or that is junk', () => {
    // Process ids are below 2^22 on Linux; this one cannot be running.
    writeFileSync(
      join(root, 'gavel.lock'),
      JSON.stringify({ pid: 2 ** 22 + 7, host: hostname(), since: 1 }),
    );
    const lock = lockDataFolder(root);
    expect(JSON.parse(readFileSync(lock.path, 'utf8')).pid).toBe(process.pid);
    lock.release();
    // Junk is left alone while someone may still be writing it, then taken over.
    writeFileSync(join(root, 'gavel.lock'), 'torn');
    expect(() => lockDataFolder(root)).toThrow(/another Gavel seems to be starting/);
    const old = new Date(Date.now() - 60_000);
    utimesSync(join(root, 'gavel.lock'), old, old);
    lockDataFolder(root).release();
  });

  it('takes over a lock from before the machine last started, its process id reused or not', () => {
    const beforeBoot = Date.now() - uptime() * 1000 - 3_600_000;
    // Our own parent is certainly running: only the boot time can tell this lock is stale.
    writeFileSync(
      join(root, 'gavel.lock'),
      JSON.stringify({ pid: process.ppid, host: hostname(), since: beforeBoot }),
    );
    lockDataFolder(root).release();
  });

  it('leaves another machine’s lock alone (a shared folder)', () => {
    writeFileSync(
      join(root, 'gavel.lock'),
      JSON.stringify({ pid: 2 ** 22 + 7, host: 'elsewhere', since: 1 }),
    );
    expect(() => lockDataFolder(root)).toThrow(FolderInUseError);
  });
});

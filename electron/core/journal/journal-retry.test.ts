import { mkdirSync, mkdtempSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WriteProblem } from '../../../shared/ipc/storage-schemas';
import { writeHealthOf } from '../data-folder/write-health';
import { Journal, type JournalWriter } from './journal';
import { readJournal } from './read-journal';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'gavel-journal-retry-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The system's writer, failing with ENOSPC while `full` is true; a short write first, like a disk filling. */
function fillingDisk() {
  const state = { full: false, shortOnce: false };
  const writer: JournalWriter = {
    write(fd, buf, offset) {
      if (state.shortOnce) {
        state.shortOnce = false;
        return writeSyncReal(fd, buf, offset, 7);
      }
      if (state.full)
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
          code: 'ENOSPC',
        });
      return writeSyncReal(fd, buf, offset);
    },
    sync: () => {},
  };
  return { state, writer };
}

const writeSyncReal = (fd: number, buf: Buffer, offset: number, max = buf.length - offset) =>
  writeSync(fd, buf, offset, Math.min(max, buf.length - offset));

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a journal whose disk is full', () => {
  it('keeps every record in memory, says so at once, retries, and loses nothing', async () => {
    const health = writeHealthOf(dir);
    const heard: WriteProblem[][] = [];
    const stop = health.subscribe((p) => heard.push(p));
    const path = join(dir, 'meetings', 'm-1', 'journal.jsonl');
    mkdirSync(join(dir, 'meetings', 'm-1'), { recursive: true });
    const disk = fillingDisk();
    const journal = new Journal(path, { maxDelayMs: 1, retryMs: 20, writer: disk.writer });
    await journal.append({ i: 1 });

    // The disk fills halfway through a batch.
    disk.state.shortOnce = true;
    disk.state.full = true;
    const failed = journal.append({ i: 2, text: 'a line long enough to be cut' });
    await expect(failed).rejects.toThrow(/ENOSPC/);
    expect(heard.at(-1)).toEqual([
      {
        kind: 'journal',
        meetingId: 'm-1',
        reason: 'ENOSPC: no space left on device, write',
        unsaved: 1,
        since: expect.any(Number),
      },
    ]);
    // Records keep coming while it fails: each is told at once, none is dropped.
    for (let i = 3; i <= 5; i++) await expect(journal.append({ i })).rejects.toThrow(/ENOSPC/);
    await wait(60);
    expect(heard.length).toBeGreaterThan(2);
    expect(heard.at(-1)?.[0]?.unsaved).toBe(4);
    expect(journal.unsaved).toBe(4);

    // Space again: the next retry writes it all, in order, once, and the problem is gone.
    disk.state.full = false;
    await wait(60);
    expect(heard.at(-1)).toEqual([]);
    expect(journal.unsaved).toBe(0);
    await journal.append({ i: 6 });
    journal.close();
    expect(readJournal(path)).toMatchObject({
      records: [1, 2, 3, 4, 5, 6].map((i) => expect.objectContaining({ i })),
      skipped: 0,
      tornTail: null,
    });
    stop();
  });

  it('rejects what it still cannot write when closed, and stops retrying', async () => {
    const disk = fillingDisk();
    const journal = new Journal(join(dir, 'j.jsonl'), {
      maxDelayMs: 1,
      retryMs: 10,
      writer: disk.writer,
    });
    disk.state.full = true;
    await expect(journal.append({ i: 1 })).rejects.toThrow(/ENOSPC/);
    journal.close();
    await expect(journal.append({ i: 2 })).rejects.toThrow(/closed/);
    expect(readJournal(join(dir, 'j.jsonl')).records).toEqual([]);
  });

  it('notices that its file was removed with its folder', async () => {
    const health = writeHealthOf(dir);
    const path = join(dir, 'meetings', 'm-2', 'journal.jsonl');
    mkdirSync(join(dir, 'meetings', 'm-2'), { recursive: true });
    const journal = new Journal(path, { maxDelayMs: 1, retryMs: 10_000 });
    await journal.append({ i: 1 });
    rmSync(join(dir, 'meetings'), { recursive: true });
    await expect(journal.append({ i: 2 })).rejects.toThrow(/removed from disk/);
    expect(health.current()).toMatchObject([{ kind: 'journal', meetingId: 'm-2' }]);
    journal.close();
  });
});

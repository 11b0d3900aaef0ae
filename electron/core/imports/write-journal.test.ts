import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MeetingRecord } from '../meetings/record/records';
import { APPEND_CHARS, writeJournal } from './write-journal';

vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  return { ...real, writeSync: vi.fn(real.writeSync) };
});

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(join(tmpdir(), 'gavel-write-journal-'))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const lines = (n: number): MeetingRecord[] =>
  Array.from({ length: n }, (_, k) => ({ i: k + 1, at: 1_000 + k, t: 'end' }) as MeetingRecord);

describe('writeJournal', () => {
  it('writes one record a line in large appends, not one write per line', () => {
    const records = lines(100_000);
    const path = join(dir, 'meetings', 'm1', 'journal.jsonl');
    vi.mocked(fs.writeSync).mockClear();
    writeJournal(path, records);
    const text = fs.readFileSync(path, 'utf8');
    expect(text).toBe(records.map((r) => `${JSON.stringify(r)}\n`).join(''));
    const writes = vi.mocked(fs.writeSync).mock.calls.length;
    expect(writes).toBeGreaterThan(1);
    expect(writes).toBeLessThanOrEqual(Math.ceil(text.length / APPEND_CHARS) + 1);
    expect(fs.statSync(path).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(join(dir, 'meetings', 'm1'))).toEqual(['journal.jsonl']);
  });

  it('leaves no temporary file and no journal when it cannot finish', () => {
    const path = join(dir, 'journal.jsonl');
    fs.mkdirSync(path);
    expect(() => writeJournal(path, lines(10))).toThrow();
    expect(fs.readdirSync(dir)).toEqual(['journal.jsonl']);
    expect(fs.statSync(path).isDirectory()).toBe(true);
  });
});

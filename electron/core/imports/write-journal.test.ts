import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MeetingRecord } from '../meetings/record/records';
import { APPEND_BYTES, writeJournal } from './write-journal';

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
    expect(writes).toBeLessThanOrEqual(Math.ceil(Buffer.byteLength(text) / APPEND_BYTES) + 1);
    expect(fs.statSync(path).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(join(dir, 'meetings', 'm1'))).toEqual(['journal.jsonl']);
  });

  it('writes each record as JSON.stringify does, lines longer than a whole append among them', () => {
    const line = (i: number, text: string): MeetingRecord => ({
      i,
      at: 1_000 + i,
      t: 'line',
      line: {
        at: null,
        time: '',
        kind: 'message',
        nick: 'ñick',
        text,
        seq: i,
        channel: '#c',
        self: false,
      },
    });
    const records = [
      line(1, 'héllo "wörld" \\ \u2028 \ud800 😀'),
      line(2, 'é'.repeat(APPEND_BYTES)),
      line(3, 'x'.repeat(3 * APPEND_BYTES)),
      ...lines(3).map((r) => ({ ...r, i: r.i + 3 })),
      line(7, '\u0000\n\r\t'),
    ];
    const path = join(dir, 'journal.jsonl');
    writeJournal(path, records);
    const expected = records.map((r) => `${JSON.stringify(r)}\n`).join('');
    expect(fs.readFileSync(path).equals(Buffer.from(expected))).toBe(true);
  });

  it('leaves no temporary file and no journal when it cannot finish', () => {
    const path = join(dir, 'journal.jsonl');
    fs.mkdirSync(path);
    expect(() => writeJournal(path, lines(10))).toThrow();
    expect(fs.readdirSync(dir)).toEqual(['journal.jsonl']);
    expect(fs.statSync(path).isDirectory()).toBe(true);
  });
});

import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Journal } from './journal';
import { readJournal, repairJournal } from './read-journal';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'gavel-journal-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('Journal', () => {
  it('acknowledges appends once they are on disk, in order, one record per line', async () => {
    const path = join(dir, 'j.jsonl');
    const journal = new Journal(path, { maxDelayMs: 5 });
    const texts = ['plain', 'with\nnewline\r\nand CR', '<b>markup</b>', 'ünïcödé ✓'];
    await Promise.all(texts.map((text, seq) => journal.append({ seq, text })));
    expect(readFileSync(path, 'utf8').split('\n')).toHaveLength(texts.length + 1);
    expect(readJournal(path).records).toEqual(texts.map((text, seq) => ({ seq, text })));
    journal.close();
    await expect(journal.append({})).rejects.toThrow(/closed/);
  });

  it('writes each record as the stringify it is given says', async () => {
    const path = join(dir, 'j.jsonl');
    const journal = new Journal(path, {
      maxDelayMs: 5,
      stringify: (record) => JSON.stringify({ wrapped: record }),
    });
    await journal.append({ n: 1 });
    journal.close();
    expect(readFileSync(path, 'utf8')).toBe('{"wrapped":{"n":1}}\n');
  });

  it('writes a full batch without waiting for the timer', async () => {
    const path = join(dir, 'j.jsonl');
    const journal = new Journal(path, { maxBatch: 3, maxDelayMs: 60_000 });
    await Promise.all([1, 2, 3].map((n) => journal.append({ n })));
    expect(readJournal(path).records).toHaveLength(3);
    journal.close();
  });

  it('cuts a torn last line and keeps every complete one', async () => {
    const path = join(dir, 'j.jsonl');
    writeFileSync(
      path,
      '{"seq":1}\n{"seq":2}\n{"seq":3,"text":"cut in the middle of ✓'.slice(0, -1),
    );
    expect(readJournal(path)).toMatchObject({ records: [{ seq: 1 }, { seq: 2 }], skipped: 0 });
    expect(readJournal(path).tornTail).toMatch(/^\{"seq":3/);
    const journal = new Journal(path);
    await journal.append({ seq: 3 });
    journal.close();
    expect(readJournal(path)).toMatchObject({
      records: [{ seq: 1 }, { seq: 2 }, { seq: 3 }],
      tornTail: null,
    });
  });

  it('repairs a file that is one torn line, and leaves a clean file alone', () => {
    const path = join(dir, 'j.jsonl');
    writeFileSync(path, '{"seq":1');
    expect(repairJournal(path)).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('');
    appendFileSync(path, '{"seq":1}\n');
    expect(repairJournal(path)).toBe(false);
  });

  it('skips a damaged complete line instead of failing the whole replay', () => {
    const path = join(dir, 'j.jsonl');
    writeFileSync(path, '{"seq":1}\nnot json\n{"seq":3}\n');
    expect(readJournal(path)).toMatchObject({ records: [{ seq: 1 }, { seq: 3 }], skipped: 1 });
  });

  it('loses no acknowledged record when its writer is killed with SIGKILL', async () => {
    const path = join(dir, 'j.jsonl');
    const child = join(import.meta.dirname, 'journal-child.fixture.ts');
    let expectedNext = 0;
    for (let round = 0; round < 8; round++) {
      const proc = spawn(process.execPath, ['--import', 'tsx', child, path, String(expectedNext)], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
      // Kill it while it is appending: after its first acknowledgements plus a random moment.
      await new Promise<void>((resolve, reject) => {
        const limit = setTimeout(() => reject(new Error('child never acknowledged')), 15_000);
        proc.stdout.once('data', () => {
          clearTimeout(limit);
          setTimeout(resolve, 20 + Math.random() * 80);
        });
      });
      proc.kill('SIGKILL');
      await new Promise((r) => proc.once('exit', r));
      const acked = out.split('\n').filter(Boolean).map(Number);
      const { records } = readJournal<{ seq: number }>(path);
      const seqs = records.map((r) => r.seq);
      expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i));
      expect(seqs.length - 1).toBeGreaterThanOrEqual(Math.max(...acked));
      expectedNext = seqs.length;
    }
    expect(expectedNext).toBeGreaterThan(0);
  }, 60_000);
});

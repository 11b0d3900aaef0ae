import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { value } from '../../history/after-meeting-harness.fixture';
import { journalPath, MeetingJournal } from './meeting-journal';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'gavel-meeting-journal-'))));
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

describe('MeetingJournal', () => {
  it('writes line records field by field, byte for byte as JSON.stringify', async () => {
    const path = journalPath(dir, 'm1');
    const journal = value(MeetingJournal.open(path, 1, { maxDelayMs: 1 }));
    const line = {
      at: 1_000,
      time: '00:00:01',
      kind: 'message' as const,
      nick: 'ana',
      text: 'say "hi" \\ \u2028 \ud800',
      seq: 1,
      channel: '#m',
      self: false,
      local: true,
    };
    const stringify = vi.spyOn(JSON, 'stringify');
    const { record, written } = journal.append({ t: 'line', line }, 1_000);
    await written;
    expect(stringify.mock.calls.some(([v]) => v === record)).toBe(false);
    stringify.mockRestore();
    journal.close();
    expect(readFileSync(path, 'utf8')).toBe(`${JSON.stringify(record)}\n`);
    expect(record).toEqual({ i: 1, at: 1_000, t: 'line', line });
  });
});

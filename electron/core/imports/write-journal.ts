import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { MeetingRecord } from '../meetings/record/records';

/** Text gathered before each write: a journal goes to disk in large appends, not line by line. */
export const APPEND_CHARS = 1 << 20;

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
}

/**
 * Writes a whole journal (one JSON record a line) to `path`, atomically: appended to a
 * temporary file beside it about a mebibyte at a time, flushed to disk, then renamed over the
 * target, so a crash or a full disk never leaves half a journal, and the whole text of a large
 * import is never one string. Throws (the temporary file removed) when it cannot be written.
 */
export function writeJournal(path: string, records: Iterable<MeetingRecord>): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.journal-${process.pid}-${Date.now()}.tmp`);
  const fd = openSync(temp, 'w', 0o600);
  try {
    let batch: string[] = [];
    let chars = 0;
    for (const record of records) {
      const line = `${JSON.stringify(record)}\n`;
      batch.push(line);
      chars += line.length;
      if (chars >= APPEND_CHARS) {
        writeAll(fd, batch.join(''));
        batch = [];
        chars = 0;
      }
    }
    writeAll(fd, batch.join(''));
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temp, path);
  } catch (err) {
    try {
      closeSync(fd);
    } catch {
      // Already closed: the rename failed.
    }
    rmSync(temp, { force: true });
    throw err;
  }
}

import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeAll } from '../export/write-files';
import { recordJson } from '../meetings/record/record-json';
import type { MeetingRecord } from '../meetings/record/records';

/** Bytes gathered before each write: a journal goes to disk in large appends, not line by line. */
export const APPEND_BYTES = 1 << 20;

/**
 * Lines encoded straight into one buffer (no string of the whole batch is built) and written
 * whenever it holds {@link APPEND_BYTES}; a line too long for the buffer is written on its own.
 */
class Appender {
  private readonly buffer = Buffer.allocUnsafe(2 * APPEND_BYTES);
  private used = 0;

  constructor(private readonly fd: number) {}

  line(text: string): void {
    // A UTF-16 code unit takes at most three bytes of UTF-8; the line ending one.
    const most = text.length * 3 + 1;
    if (this.used + most > this.buffer.length) this.flush();
    if (most > this.buffer.length) {
      writeAll(this.fd, Buffer.from(`${text}\n`));
      return;
    }
    this.used += this.buffer.write(text, this.used);
    this.buffer[this.used++] = 0x0a;
    if (this.used >= APPEND_BYTES) this.flush();
  }

  flush(): void {
    writeAll(this.fd, this.buffer, this.used);
    this.used = 0;
  }
}

/**
 * Writes a whole journal (one JSON record a line, as `recordJson` writes it) to `path`,
 * atomically: appended to a temporary file beside it about a mebibyte at a time, flushed to
 * disk, then renamed over the target, so a crash or a full disk never leaves half a journal, and
 * the whole text of a large import is never one string. Throws (the temporary file removed) when
 * it cannot be written.
 */
export function writeJournal(path: string, records: Iterable<MeetingRecord>): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.journal-${process.pid}-${Date.now()}.tmp`);
  const fd = openSync(temp, 'w', 0o600);
  try {
    const out = new Appender(fd);
    for (const record of records) out.line(recordJson(record));
    out.flush();
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

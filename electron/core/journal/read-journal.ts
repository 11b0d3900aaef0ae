import {
  closeSync,
  existsSync,
  fstatSync,
  openSync,
  readFileSync,
  readSync,
  ftruncateSync,
} from 'node:fs';

/** A journal read back: its complete records, and the bytes of a torn last line if any. */
export interface JournalContents<T> {
  records: T[];
  /** Lines that were complete but not valid JSON (a damaged file); they are skipped. */
  skipped: number;
  tornTail: string | null;
  validBytes: number;
}

/**
 * Reads a JSON Lines journal, tolerating a torn last line (no final newline) and skipping any
 * complete line that is not JSON. Works on bytes: 0x0A never occurs inside a UTF-8 sequence.
 */
export function readJournal<T = unknown>(path: string): JournalContents<T> {
  const buf = existsSync(path) ? readFileSync(path) : Buffer.alloc(0);
  const validBytes = buf.lastIndexOf(0x0a) + 1;
  const records: T[] = [];
  let skipped = 0;
  if (validBytes > 0) {
    for (const line of buf
      .subarray(0, validBytes - 1)
      .toString('utf8')
      .split('\n')) {
      if (line === '') continue;
      try {
        records.push(JSON.parse(line) as T);
      } catch {
        skipped++;
      }
    }
  }
  const tornTail = validBytes < buf.length ? buf.subarray(validBytes).toString('utf8') : null;
  return { records, skipped, tornTail, validBytes };
}

/**
 * Cuts a torn last line off so appends start on a fresh line; true when it cut something.
 * Reads only the end of the file, backwards, until it finds the last newline.
 */
export function repairJournal(path: string): boolean {
  if (!existsSync(path)) return false;
  const fd = openSync(path, 'r+');
  try {
    const size = fstatSync(fd).size;
    const chunk = Buffer.alloc(64 * 1024);
    let end = size;
    while (end > 0) {
      const start = Math.max(0, end - chunk.length);
      const n = readSync(fd, chunk, 0, end - start, start);
      const nl = chunk.subarray(0, n).lastIndexOf(0x0a);
      if (nl >= 0) {
        const keep = start + nl + 1;
        if (keep === size) return false;
        ftruncateSync(fd, keep);
        return true;
      }
      end = start;
    }
    if (size === 0) return false;
    ftruncateSync(fd, 0);
    return true;
  } finally {
    closeSync(fd);
  }
}

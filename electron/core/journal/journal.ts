import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { PRIVATE_FILE_MODE } from '../data-folder/permissions';
import { repairJournal } from './read-journal';

export interface JournalOptions {
  /** Records written and synced together at most; a full batch is written at once. */
  maxBatch?: number;
  /** Longest a record waits before its batch is written and synced (the durability window). */
  maxDelayMs?: number;
}

interface Pending {
  line: string;
  resolve: () => void;
  reject: (err: unknown) => void;
}

/**
 * An append-only JSON Lines file with group commit: records are queued, then written with one
 * `write(2)` and made durable with one `fsync` per batch. `append` resolves once its record is
 * synced, so "acknowledged" means "on disk". A torn last line (power loss) is cut off on open.
 */
export class Journal {
  private readonly fd: number;
  private readonly maxBatch: number;
  private readonly maxDelayMs: number;
  private pending: Pending[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private closed = false;

  constructor(readonly path: string, options: JournalOptions = {}) {
    repairJournal(path);
    this.fd = openSync(path, 'a', PRIVATE_FILE_MODE);
    this.maxBatch = options.maxBatch ?? 256;
    // 25 ms keeps a crash from losing more than a blink of lines, well inside the 100 ms promised.
    this.maxDelayMs = options.maxDelayMs ?? 25;
  }

  /** Queues one record; resolves when it is on disk, rejects if writing failed or the journal is closed. */
  append(record: unknown): Promise<void> {
    if (this.closed) return Promise.reject(new Error(`Journal ${this.path} is closed.`));
    // JSON.stringify escapes CR/LF inside strings, so one record is always one line.
    const line = `${JSON.stringify(record)}\n`;
    return new Promise((resolve, reject) => {
      this.pending.push({ line, resolve, reject });
      if (this.pending.length >= this.maxBatch) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.maxDelayMs);
    });
  }

  /** Writes and syncs everything queued now. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    try {
      const buf = Buffer.from(batch.map((p) => p.line).join(''));
      // writeSync may write less than asked; loop until the whole batch is out.
      for (let off = 0; off < buf.length; ) off += writeSync(this.fd, buf, off);
      fsyncSync(this.fd);
      for (const p of batch) p.resolve();
    } catch (err) {
      for (const p of batch) p.reject(err);
    }
  }

  /** Flushes and closes the file. */
  close(): void {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    closeSync(this.fd);
  }
}

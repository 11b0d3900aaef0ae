import { closeSync, fstatSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { PRIVATE_FILE_MODE } from '../data-folder/permissions';
import { meetingOfJournal, writeHealthFor } from '../data-folder/write-health';
import { repairJournal } from './read-journal';

/** The two system calls a journal writes with; tests inject a failing pair. */
export interface JournalWriter {
  write(fd: number, buf: Buffer, offset: number): number;
  sync(fd: number): void;
}

const systemWriter: JournalWriter = {
  write: (fd, buf, offset) => writeSync(fd, buf, offset),
  sync: (fd) => fsyncSync(fd),
};

export interface JournalOptions {
  /** Records written and synced together at most; a full batch is written at once. */
  maxBatch?: number;
  /** Longest a record waits before its batch is written and synced (the durability window). */
  maxDelayMs?: number;
  /** Pause before writing again after a failed write (disk full, permissions). */
  retryMs?: number;
  writer?: JournalWriter;
  /** One record as one line of JSON (`JSON.stringify` unless told); it must escape CR and LF. */
  stringify?: (record: unknown) => string;
}

interface Pending {
  line: string;
  resolve: () => void;
  reject: (err: unknown) => void;
  /** True once told (resolved, or rejected because the journal is failing). */
  told?: boolean;
}

/** Tells each waiter of `batch` not yet told. */
function tell(batch: Pending[], err?: unknown): void {
  for (const p of batch) {
    if (p.told) continue;
    p.told = true;
    if (err === undefined) p.resolve();
    else p.reject(err);
  }
}

/** A batch on its way to disk: the bytes, how far they got, and who waits for them. */
interface InFlight {
  buf: Buffer;
  offset: number;
  batch: Pending[];
}

/**
 * An append-only JSON Lines file with group commit: records are queued, then written with one
 * `write(2)` and made durable with one `fsync` per batch. `append` resolves once its record is
 * synced, so "acknowledged" means "on disk". A torn last line (power loss) is cut off on open.
 *
 * A write that fails (disk full, permissions, a removed folder) loses nothing: the batch stays in
 * memory, from the byte where it stopped, and is written again every `retryMs` with everything
 * queued since; the data folder's {@link writeHealthFor write health} hears of the trouble at
 * once and again on each failed retry, and when the journal is written again. So that nobody
 * waits on a full disk, the appends of a failing journal are rejected at once (their records
 * still queued): a rejection means "not on disk yet", never "dropped".
 */
export class Journal {
  private readonly fd: number;
  private readonly maxBatch: number;
  private readonly maxDelayMs: number;
  private readonly retryMs: number;
  private readonly writer: JournalWriter;
  private readonly stringify: (record: unknown) => string;
  private pending: Pending[] = [];
  private inFlight: InFlight | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private failing: Error | null = null;
  private closed = false;

  constructor(
    readonly path: string,
    options: JournalOptions = {},
  ) {
    repairJournal(path);
    this.fd = openSync(path, 'a', PRIVATE_FILE_MODE);
    this.maxBatch = options.maxBatch ?? 256;
    // 25 ms keeps a crash from losing more than a blink of lines, well inside the 100 ms promised.
    this.maxDelayMs = options.maxDelayMs ?? 25;
    this.retryMs = options.retryMs ?? 2000;
    this.writer = options.writer ?? systemWriter;
    this.stringify = options.stringify ?? JSON.stringify;
  }

  /** Records not yet on disk. */
  get unsaved(): number {
    return (this.inFlight?.batch.length ?? 0) + this.pending.length;
  }

  /** Queues one record; resolves when it is on disk, rejects if the journal is closed first. */
  append(record: unknown): Promise<void> {
    if (this.closed) return Promise.reject(new Error(`Journal ${this.path} is closed.`));
    // JSON escapes CR/LF inside strings, so one record is always one line.
    const line = `${this.stringify(record)}\n`;
    return new Promise((resolve, reject) => {
      const pending: Pending = { line, resolve, reject };
      this.pending.push(pending);
      if (this.failing) return tell([pending], this.failing);
      if (this.pending.length >= this.maxBatch) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.maxDelayMs);
    });
  }

  /** Writes and syncs everything queued now; true when all of it is on disk. */
  flush(): boolean {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    try {
      while (this.inFlight || this.pending.length > 0) {
        const work = (this.inFlight ??= this.take());
        // write(2) may write less than asked; go on from where it stopped.
        while (work.offset < work.buf.length)
          work.offset += this.writer.write(this.fd, work.buf, work.offset);
        this.writer.sync(this.fd);
        // Written into a file someone deleted (its folder removed): not saved anywhere.
        if (fstatSync(this.fd).nlink === 0) throw new Error('the file was removed from disk');
        this.inFlight = null;
        tell(work.batch);
      }
    } catch (err) {
      this.trouble(err as Error);
      return false;
    }
    if (this.failing) {
      this.failing = null;
      writeHealthFor(this.path)?.clear(this.path);
    }
    return true;
  }

  /** Flushes and closes the file; records that still cannot be written are rejected. */
  close(): void {
    if (this.closed) return;
    const written = this.flush();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.closed = true;
    closeSync(this.fd);
    if (!written) {
      const lost = new Error(`Journal ${this.path} closed before it could be written.`);
      tell([...(this.inFlight?.batch ?? []), ...this.pending], lost);
      this.inFlight = null;
      this.pending = [];
    }
  }

  private take(): InFlight {
    const batch = this.pending;
    this.pending = [];
    return { buf: Buffer.from(batch.map((p) => p.line).join('')), offset: 0, batch };
  }

  private trouble(err: Error): void {
    this.failing = err;
    tell([...(this.inFlight?.batch ?? []), ...this.pending], err);
    writeHealthFor(this.path)?.report(this.path, {
      kind: 'journal',
      meetingId: meetingOfJournal(this.path),
      reason: err.message,
      unsaved: this.unsaved,
    });
    this.timer = setTimeout(() => this.flush(), this.retryMs);
  }
}

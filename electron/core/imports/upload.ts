import { randomUUID } from 'node:crypto';
import { IMPORT_CHUNK_BYTES, IMPORT_MAX_BYTES } from '../../../shared/ipc/after-meeting-schemas';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import type { Clock, TimerHandle } from '../clock';
import { LineParts } from './line-parts';

/** What `import:begin` says about the file to come. */
export interface UploadRequest {
  name: string;
  size: number;
  format?: string;
  timeZone?: string;
  channel?: string;
}

/**
 * An upload under way: its request, its text decoded as the parts arrived, how many parts and
 * bytes have arrived.
 */
export interface Upload extends UploadRequest {
  id: string;
  text: LineParts;
  count: number;
  received: number;
  timer: TimerHandle | null;
}

/** How far an upload is, for `import:progress`. */
export type UploadProgress = (id: string, received: number, size: number) => void;

/**
 * Looks at an upload after each part: a failure (the file is no log, say) drops the upload and
 * is the part's answer, so the rest of a hopeless file is not sent.
 */
export type UploadJudge = (upload: Upload) => Result<true>;

/** Uploads left this long without a part are dropped (the window went away). */
export const UPLOAD_IDLE_MS = 10 * 60_000;
/** Uploads held at once; each may hold up to 64 MiB. */
export const MAX_UPLOADS = 4;
// Ids of closed uploads kept to tell a late call what became of its upload.
const REMEMBERED = 100;

const mib = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);

/**
 * Files arriving over the bridge in parts of at most 2 MiB of bytes, in order, so an upload
 * works in both shells and its progress can be shown; each part is decoded into whole lines as
 * it comes and shown to the judge. Parts out of order, more bytes than announced,
 * unknown or closed ids, too many uploads at once and a judge's refusal are error values.
 */
export class ImportUploads {
  private readonly open = new Map<string, Upload>();
  private readonly closed = new Map<string, string>();

  constructor(
    private readonly clock: Clock,
    private readonly progress: UploadProgress,
    private readonly newId: () => string = randomUUID,
    private readonly idleMs = UPLOAD_IDLE_MS,
    private readonly judge: UploadJudge = () => ok(true),
  ) {}

  /** Starts an upload of `size` bytes. */
  begin(request: UploadRequest): Result<{ importId: string; chunkBytes: number }> {
    if (request.size > IMPORT_MAX_BYTES) {
      return fail(
        'too-large',
        `${request.name || 'The file'} is ${mib(request.size)} MiB; Gavel imports logs of up to ${mib(IMPORT_MAX_BYTES)} MiB.`,
      );
    }
    if (this.open.size >= MAX_UPLOADS) {
      return fail('busy', `${MAX_UPLOADS} imports are under way; finish or cancel one first.`);
    }
    const id = this.newId();
    this.open.set(id, {
      ...request,
      id,
      text: new LineParts(),
      count: 0,
      received: 0,
      timer: null,
    });
    this.touch(id);
    return ok({ importId: id, chunkBytes: IMPORT_CHUNK_BYTES });
  }

  /** Takes part `index` (its bytes); parts come 0, 1, 2…, and are decoded as they come. */
  chunk(id: string, index: number, bytes: Uint8Array): Result<{ received: number }> {
    const upload = this.find(id);
    if (!upload.ok) return upload;
    const up = upload.value;
    if (index !== up.count) {
      return fail(
        'out-of-order',
        `Part ${index + 1} of the upload arrived where part ${up.count + 1} was expected.`,
      );
    }
    if (up.received + bytes.length > up.size) {
      this.close(id, 'was dropped because it grew larger than announced');
      return fail('too-large', 'The upload is larger than the file it announced; it was dropped.');
    }
    up.text.push(bytes);
    up.count += 1;
    up.received += bytes.length;
    const judged = this.judge(up);
    if (!judged.ok) {
      this.close(id, 'was stopped: the file cannot be imported');
      return judged;
    }
    this.touch(id);
    this.progress(id, up.received, up.size);
    return ok({ received: up.received });
  }

  /** The upload, once every byte has arrived. */
  complete(id: string): Result<Upload> {
    const upload = this.find(id);
    if (!upload.ok) return upload;
    const { received, size } = upload.value;
    if (received < size) {
      return fail('incomplete', `Only ${received} of the file's ${size} bytes have arrived.`);
    }
    this.touch(id);
    return upload;
  }

  /** Ends an upload that was imported. */
  finish(id: string): void {
    this.close(id, 'has already been imported');
  }

  /** Drops an upload; false when there was none under way. */
  cancel(id: string): boolean {
    if (!this.open.has(id)) return false;
    this.close(id, 'was cancelled');
    return true;
  }

  /** Drops every upload and its timer. */
  clear(): void {
    for (const id of [...this.open.keys()]) this.close(id, 'was stopped');
  }

  private find(id: string): Result<Upload> {
    const upload = this.open.get(id);
    if (upload) return ok(upload);
    const why = this.closed.get(id);
    return why
      ? fail('import-closed', `That import ${why}.`)
      : fail('no-such-import', 'There is no such import under way.');
  }

  private touch(id: string): void {
    const upload = this.open.get(id);
    if (!upload) return;
    if (upload.timer !== null) this.clock.clearTimeout(upload.timer);
    upload.timer = this.clock.setTimeout(
      () => this.close(id, 'was dropped after ten minutes without news'),
      this.idleMs,
    );
  }

  private close(id: string, why: string): void {
    const upload = this.open.get(id);
    if (upload?.timer != null) this.clock.clearTimeout(upload.timer);
    this.open.delete(id);
    this.closed.set(id, why);
    for (const old of this.closed.keys()) {
      if (this.closed.size <= REMEMBERED) break;
      this.closed.delete(old);
    }
  }
}

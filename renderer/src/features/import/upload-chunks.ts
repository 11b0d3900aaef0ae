import type { Result } from '../../../../shared/ipc/result';

/** What an upload sends, how, and how it hears that it should stop. */
export interface UploadPlan {
  file: Blob;
  /** Bytes per part, as `import:begin` said. */
  chunkBytes: number;
  /** Sends part `index` (its bytes); parts go in order, a few before the first is answered. */
  send(index: number, data: Uint8Array): Promise<Result<unknown>>;
  /** True once the user cancelled: nothing more is read or sent. */
  cancelled(): boolean;
  /** Told the bytes sent so far after each part is accepted. */
  onSent?(bytes: number): void;
  /**
   * Told once, as soon as the last part is on its way (before it is answered), so what follows
   * the upload can be asked for at once: the core takes calls in order, after that part.
   */
  onAllSent?(): void;
}

/** How an upload ended. */
export type UploadEnd =
  | { status: 'sent'; bytes: number }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

const UNREADABLE = 'The file could not be read any more. Was it moved or changed? Pick it again.';

/** The part of `file` from byte `from`, or null when the file cannot be read any more. */
async function readPart(file: Blob, from: number, step: number): Promise<Uint8Array | null> {
  try {
    const bytes = new Uint8Array(await file.slice(from, from + step).arrayBuffer());
    return bytes.length === 0 ? null : bytes;
  } catch {
    return null;
  }
}

/** Parts sent before the first of them is answered (see {@link uploadChunks}). */
export const PARTS_IN_FLIGHT = 4;

/**
 * Sends `plan.file` in parts of `chunkBytes`, in order, with up to {@link PARTS_IN_FLIGHT} on
 * their way at once: on a busy machine each answer waits for the window's turn on the processor,
 * and one part at a time would spend most of an upload waiting. A part is read only when it is
 * about to be sent, so a 64 MiB log never sits in memory whole. Stops at the first refused part
 * (its message; the core drops the parts after it) or as soon as the user cancels.
 */
export async function uploadChunks(plan: UploadPlan): Promise<UploadEnd> {
  const { file, send, cancelled } = plan;
  const step = Math.max(1, Math.floor(plan.chunkBytes));
  const onTheirWay: { bytes: number; answer: Promise<Result<unknown>> }[] = [];
  let read = 0;
  let sent = 0;
  let index = 0;
  while (sent < file.size) {
    while (read < file.size && onTheirWay.length < PARTS_IN_FLIGHT) {
      if (cancelled()) return { status: 'cancelled' };
      const data = await readPart(file, read, step);
      if (data === null) return { status: 'failed', message: UNREADABLE };
      if (cancelled()) return { status: 'cancelled' };
      const bytes = Math.min(step, file.size - read);
      onTheirWay.push({ bytes, answer: send(index++, data) });
      read += bytes;
      if (read >= file.size) plan.onAllSent?.();
    }
    const part = onTheirWay.shift()!;
    const result = await part.answer;
    if (cancelled()) return { status: 'cancelled' };
    if (!result.ok) return { status: 'failed', message: result.error.message };
    sent += part.bytes;
    plan.onSent?.(sent);
  }
  return { status: 'sent', bytes: sent };
}

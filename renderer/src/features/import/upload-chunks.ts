import type { Result } from '../../../../shared/ipc/result';
import { bytesToBase64 } from './base64';

/** What an upload sends, how, and how it hears that it should stop. */
export interface UploadPlan {
  file: Blob;
  /** Bytes per part, as `import:begin` said. */
  chunkBytes: number;
  /** Sends part `index` (base64); the next part is read only once this one is answered. */
  send(index: number, data: string): Promise<Result<unknown>>;
  /** True once the user cancelled: nothing more is read or sent. */
  cancelled(): boolean;
  /** Told the bytes sent so far after each part is accepted. */
  onSent?(bytes: number): void;
}

/** How an upload ended. */
export type UploadEnd =
  | { status: 'sent'; bytes: number }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

const UNREADABLE = 'The file could not be read any more. Was it moved or changed? Pick it again.';

/**
 * Sends `plan.file` in parts of `chunkBytes`, in order, reading each part only when it is due,
 * so a 64 MiB log never sits in memory whole and the window stays responsive between parts.
 * Stops at the first refused part (its message) or as soon as the user cancels.
 */
export async function uploadChunks(plan: UploadPlan): Promise<UploadEnd> {
  const { file, send, cancelled } = plan;
  const step = Math.max(1, Math.floor(plan.chunkBytes));
  let sent = 0;
  for (let index = 0; sent < file.size; index++) {
    if (cancelled()) return { status: 'cancelled' };
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.slice(sent, sent + step).arrayBuffer());
    } catch {
      return { status: 'failed', message: UNREADABLE };
    }
    if (bytes.length === 0) return { status: 'failed', message: UNREADABLE };
    if (cancelled()) return { status: 'cancelled' };
    const result = await send(index, bytesToBase64(bytes));
    if (cancelled()) return { status: 'cancelled' };
    if (!result.ok) return { status: 'failed', message: result.error.message };
    sent += bytes.length;
    plan.onSent?.(sent);
  }
  return { status: 'sent', bytes: sent };
}

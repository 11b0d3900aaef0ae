import { fail, type Result } from '../../../shared/ipc/result';

/**
 * Reads a result that crossed a process boundary as plain JSON. Anything that is not a
 * well-formed `Result` becomes a `bad-response` failure, so callers can rely on the shape.
 */
export function readResult(raw: unknown): Result<unknown> {
  if (typeof raw === 'object' && raw !== null) {
    const r = raw as Record<string, unknown>;
    if (r.ok === true && 'value' in r) return { ok: true, value: r.value };
    const error = r.error as Record<string, unknown> | null | undefined;
    if (r.ok === false && typeof error?.code === 'string' && typeof error.message === 'string') {
      return fail(error.code, error.message);
    }
  }
  return fail('bad-response', 'Gavel sent an answer this window does not understand.');
}

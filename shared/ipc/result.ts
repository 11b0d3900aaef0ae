/** An expected failure a user can cause or see (wrong host, bad payload, not connected). */
export interface IpcError {
  code: string;
  message: string;
}

/** What every bridge call resolves to: errors a user can cause are values, never exceptions. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** A successful result. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** A failed result with a code a program can test and a message a person can read. */
export const fail = <T = never>(code: string, message: string): Result<T> => ({
  ok: false,
  error: { code, message },
});

/** How a lost connection retries: how long between attempts, and when to stop without a meeting. */
export interface ReconnectPolicy {
  /** Wait between attempts during the first `fastForMs` after the loss. */
  fastMs: number;
  fastForMs: number;
  /** Wait between attempts after that. */
  slowMs: number;
  /** Attempts made when no live meeting keeps the connection alive; then Gavel gives up. */
  maxAttempts: number;
}

/**
 * A server that restarts is usually back within seconds, so Gavel retries every second for the
 * first 30 s and every 3 s after: either way it is back within about 3 s of the server accepting
 * connections again (plus the sign-in), well inside 5 s. Without a live meeting it stops after
 * 40 attempts (about a minute); with one it never stops.
 */
export const DEFAULT_RECONNECT_POLICY: ReconnectPolicy = {
  fastMs: 1000,
  fastForMs: 30_000,
  slowMs: 3000,
  maxAttempts: 40,
};

/** The wait before the next attempt when the connection was lost `elapsedMs` ago. */
export function retryDelay(policy: ReconnectPolicy, elapsedMs: number): number {
  return elapsedMs < policy.fastForMs ? policy.fastMs : policy.slowMs;
}

/** True when attempt number `attempt` (from 1) should not be made. */
export function givesUp(policy: ReconnectPolicy, attempt: number, keepAlive: boolean): boolean {
  return !keepAlive && attempt > policy.maxAttempts;
}

// Failures that retrying cannot fix and that need the user: a certificate that is not trusted
// (retrying would keep offering credentials to a possibly different server), a refused login,
// a ban, a nick the server rejects outright.
const PERMANENT = new Set([
  'bad-request',
  'tls-untrusted',
  'sasl-failed',
  'password',
  'banned-from-server',
  'nick-invalid',
]);

/** True when a failure with this code is worth retrying. */
export function isTransient(code: string): boolean {
  return !PERMANENT.has(code);
}

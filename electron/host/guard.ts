import { timingSafeEqual } from 'node:crypto';

/** Addresses the browser host may listen on: loopback only, never a LAN or public interface. */
export function isLoopbackAddress(host: string): boolean {
  return (
    host === '127.0.0.1' ||
    host === '::1' ||
    host === 'localhost' ||
    /^127\.\d+\.\d+\.\d+$/.test(host)
  );
}

/** Compares secrets in constant time. */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Why a request is refused: the HTTP status and reason. */
export interface Refusal {
  status: number;
  reason: string;
}

/**
 * Refuses a request that is not from a page of our own: a Host header naming our loopback port
 * (against DNS rebinding) and an Origin of our own (none at all passes when `originOptional`,
 * for a same-origin GET, which browsers send without one). Null when it may go on.
 */
export function refuseStranger(
  req: { host: string | undefined; origin: string | undefined },
  port: number,
  originOptional = false,
): Refusal | null {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  const allowedOrigins = [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
  if (!req.host || !allowedHosts.includes(req.host)) return { status: 403, reason: 'Wrong host' };
  if (req.origin === undefined ? !originOptional : !allowedOrigins.includes(req.origin))
    return { status: 403, reason: 'Wrong origin' };
  return null;
}

/** What the bridge socket's opening request carries that we check. */
export interface UpgradeRequest {
  url: string | undefined;
  host: string | undefined;
  origin: string | undefined;
  cookie: string | undefined;
}

/**
 * Decides whether a WebSocket upgrade may become a bridge connection: a page of our own origin
 * on our host (see {@link refuseStranger}), the right path, and a session the page got by
 * trading the printed token (`hasSession` reads the Cookie header). Returns null when allowed,
 * else the HTTP status and reason to refuse with.
 */
export function refuseUpgrade(
  req: UpgradeRequest,
  expected: { path: string; port: number; hasSession: (cookie: string | undefined) => boolean },
): Refusal | null {
  const stranger = refuseStranger(req, expected.port);
  if (stranger) return stranger;
  let url: URL;
  try {
    url = new URL(req.url ?? '', 'http://127.0.0.1');
  } catch {
    return { status: 400, reason: 'Bad request' };
  }
  if (url.pathname !== expected.path) return { status: 404, reason: 'Not found' };
  if (!expected.hasSession(req.cookie)) return { status: 401, reason: 'No session' };
  return null;
}

import { timingSafeEqual } from 'node:crypto';

/** Addresses the browser host may listen on: loopback only, never a LAN or public interface. */
export function isLoopbackAddress(host: string): boolean {
  return host === '127.0.0.1' || host === '::1' || host === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Compares secrets in constant time. */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** What the bridge socket's opening request carries that we check. */
export interface UpgradeRequest {
  url: string | undefined;
  host: string | undefined;
  origin: string | undefined;
}

/**
 * Decides whether a WebSocket upgrade may become a bridge connection: the right path and token,
 * a Host header naming our loopback port (against DNS rebinding), and a page of our own origin.
 * Returns null when allowed, else the HTTP status and reason to refuse with.
 */
export function refuseUpgrade(
  req: UpgradeRequest,
  expected: { path: string; token: string; port: number },
): { status: number; reason: string } | null {
  const allowedHosts = [`127.0.0.1:${expected.port}`, `localhost:${expected.port}`];
  const allowedOrigins = [`http://127.0.0.1:${expected.port}`, `http://localhost:${expected.port}`];
  if (!req.host || !allowedHosts.includes(req.host)) return { status: 403, reason: 'Wrong host' };
  if (!req.origin || !allowedOrigins.includes(req.origin)) {
    return { status: 403, reason: 'Wrong origin' };
  }
  let url: URL;
  try {
    url = new URL(req.url ?? '', 'http://127.0.0.1');
  } catch {
    return { status: 400, reason: 'Bad request' };
  }
  if (url.pathname !== expected.path) return { status: 404, reason: 'Not found' };
  const token = url.searchParams.get('token') ?? '';
  if (!sameSecret(token, expected.token)) return { status: 401, reason: 'Wrong or missing token' };
  return null;
}

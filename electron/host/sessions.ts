import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SESSION_PATH } from '../../shared/ipc/ws-protocol';
import { refuseStranger, sameSecret } from './guard';

/** The page's sessions and the one-time token that opens the next one. */
export interface Sessions {
  /** The token the next page must trade; a new one once it is used. */
  token(): string;
  /** True when the Cookie header carries a session of this host. */
  valid(cookie: string | undefined): boolean;
  /** Answers `/session`; false when the request is for something else. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
}

export interface SessionOptions {
  port: number;
  /** The first token (tests); random otherwise. */
  token?: string;
  /** Told the new token each time one is used up. */
  onTokenUsed?: (next: string) => void;
}

const newSecret = () => randomBytes(24).toString('base64url');

/** Reads cookie `name` from a Cookie header. */
function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

/**
 * The browser host's access. The printed address carries a one-time token in its fragment; the
 * page trades it once (`POST /session`, `Authorization: Bearer <token>`) for a session cookie —
 * HttpOnly, SameSite=Strict, named for this port — and the token is spent at once, so the
 * address a browser keeps in its history grants nothing. `GET /session` tells a page whether its
 * cookie still holds (after a reload, or in another tab). Both refuse other hosts and origins.
 */
export function createSessions(options: SessionOptions): Sessions {
  let token = options.token ?? newSecret();
  const sessions = new Set<string>();
  const name = `gavel-session-${options.port}`;
  const valid = (cookie: string | undefined) => {
    const value = cookieValue(cookie, name);
    return value !== null && [...sessions].some((s) => sameSecret(value, s));
  };
  const answer = (res: ServerResponse, status: number, headers: Record<string, string> = {}) =>
    res.writeHead(status, { 'Cache-Control': 'no-store', ...headers }).end();

  return {
    token: () => token,
    valid,
    handle(req, res) {
      if (new URL(req.url ?? '/', 'http://127.0.0.1').pathname !== SESSION_PATH) return false;
      // A browser sends no Origin on a same-origin GET: the question "do I still have a
      // session?" (which changes nothing and answers only for the cookie sent) may come without
      // one. A foreign Origin or Host is still refused.
      const refused = refuseStranger(
        { host: req.headers.host, origin: req.headers.origin },
        options.port,
        req.method === 'GET',
      );
      if (refused) return (answer(res, refused.status), true);
      if (req.method === 'GET') return (answer(res, valid(req.headers.cookie) ? 204 : 401), true);
      if (req.method !== 'POST') return (answer(res, 405, { Allow: 'GET, POST' }), true);
      const given = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
      if (!sameSecret(given, token)) return (answer(res, 401), true);
      const session = newSecret();
      sessions.add(session);
      token = newSecret();
      options.onTokenUsed?.(token);
      answer(res, 204, {
        'Set-Cookie': `${name}=${session}; HttpOnly; SameSite=Strict; Path=/`,
      });
      return true;
    },
  };
}

import { SESSION_PATH } from '../../../shared/ipc/ws-protocol';

const FRAGMENT_RE = /^#token=([^&]+)$/;

function decodeOr(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The parts of `window` the token hand-over touches; tests pass stand-ins. */
export interface TokenPlace {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState' | 'state'>;
}

/** What the session check needs of `fetch`; the page's own in the app. */
export type SessionFetch = (
  path: string,
  init: { method: 'GET' | 'POST'; headers?: Record<string, string> },
) => Promise<{ status: number }>;

/**
 * Takes the browser host's one-time token out of the address (`…#token=…`) so it is neither shown
 * nor shared by copying the address. Null when the address has none (a reload, another tab).
 */
export function takeHostToken(place: TokenPlace): string | null {
  const match = FRAGMENT_RE.exec(place.location.hash);
  if (!match) return null;
  place.history.replaceState(
    place.history.state,
    '',
    place.location.pathname + place.location.search,
  );
  return decodeOr(match[1]!);
}

/**
 * Opens this page's session with the browser host: trades `token` (once; the host then spends
 * it) for an HttpOnly session cookie, or, without a token or when it was already spent, asks
 * whether the page's cookie still holds (a reload, another tab). True when the page has a
 * session; false when it must be opened from a fresh address; never rejects.
 */
export async function openHostSession(
  token: string | null,
  fetchFn: SessionFetch,
): Promise<boolean> {
  try {
    if (token !== null) {
      const traded = await fetchFn(SESSION_PATH, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}` },
      });
      if (traded.status === 204) return true;
    }
    return (await fetchFn(SESSION_PATH, { method: 'GET' })).status === 204;
  } catch {
    // The host is not there yet: let the socket's own retries say so.
    return true;
  }
}

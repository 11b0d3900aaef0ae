const STORAGE_KEY = 'gavel.hostToken';
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
  sessionStorage: Pick<Storage, 'getItem' | 'setItem'>;
}

/**
 * The browser host's access token. The host opens the page at `…#token=…`; the token is moved to
 * sessionStorage and the fragment is removed from the visible URL (so it is not shared by
 * copying the address), and a reload of the same tab still finds it. Null when there is none.
 */
export function takeHostToken(place: TokenPlace): string | null {
  const match = FRAGMENT_RE.exec(place.location.hash);
  if (match) {
    const token = decodeOr(match[1]!);
    try {
      place.sessionStorage.setItem(STORAGE_KEY, token);
    } catch {
      // Storage can be disabled; the token still works for this page's life.
    }
    place.history.replaceState(
      place.history.state,
      '',
      place.location.pathname + place.location.search,
    );
    return token;
  }
  try {
    return place.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

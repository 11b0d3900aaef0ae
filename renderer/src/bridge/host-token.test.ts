import { describe, expect, it, vi } from 'vitest';
import { openHostSession, takeHostToken, type SessionFetch, type TokenPlace } from './host-token';

function place(hash: string) {
  const replaceState = vi.fn();
  const p: TokenPlace = {
    location: { hash, pathname: '/', search: '?x=1' },
    history: { replaceState, state: null },
  };
  return { p, replaceState };
}

/** A host that trades `token` once and then knows the page by its cookie. */
function fakeHost(token: string) {
  let spent = false;
  let cookie = false;
  const calls: string[] = [];
  const fetchFn: SessionFetch = async (path, init) => {
    calls.push(`${init.method} ${path} ${init.headers?.Authorization ?? ''}`.trim());
    if (init.method === 'GET') return { status: cookie ? 204 : 401 };
    if (init.headers?.Authorization !== `Bearer ${token}` || spent) return { status: 401 };
    spent = cookie = true;
    return { status: 204 };
  };
  return { fetchFn, calls };
}

describe('takeHostToken', () => {
  it('takes the token from the fragment and removes it from the visible URL', () => {
    const { p, replaceState } = place('#token=abc%2Fdef');
    expect(takeHostToken(p)).toBe('abc/def');
    expect(replaceState).toHaveBeenCalledWith(null, '', '/?x=1');
  });

  it('is null when there is no token, and leaves the URL alone', () => {
    for (const hash of ['', '#other=1']) {
      const { p, replaceState } = place(hash);
      expect(takeHostToken(p)).toBeNull();
      expect(replaceState).not.toHaveBeenCalled();
    }
  });

  it('keeps a malformed escape as typed instead of throwing', () => {
    expect(takeHostToken(place('#token=%E0%A4%A').p)).toBe('%E0%A4%A');
  });
});

describe('openHostSession', () => {
  it('trades the token once; a reload then holds by its cookie, with no token kept anywhere', async () => {
    const host = fakeHost('t0k3n');
    expect(await openHostSession('t0k3n', host.fetchFn)).toBe(true);
    expect(await openHostSession(null, host.fetchFn)).toBe(true);
    expect(host.calls).toEqual(['POST /session Bearer t0k3n', 'GET /session']);
  });

  it('a spent token, opened again in the same browser, still finds the session', async () => {
    const host = fakeHost('t0k3n');
    await openHostSession('t0k3n', host.fetchFn);
    expect(await openHostSession('t0k3n', host.fetchFn)).toBe(true);
  });

  it('is false for a spent or wrong token in a browser with no session', async () => {
    expect(await openHostSession('stolen', fakeHost('t0k3n').fetchFn)).toBe(false);
    expect(await openHostSession(null, fakeHost('t0k3n').fetchFn)).toBe(false);
  });

  it('leaves an unreachable host to the socket to report', async () => {
    expect(await openHostSession('t', () => Promise.reject(new TypeError('Failed to fetch')))).toBe(
      true,
    );
  });
});

import { describe, expect, it, vi } from 'vitest';
import { takeHostToken, type TokenPlace } from './host-token';

function place(hash: string, stored: Record<string, string> = {}) {
  const storage = new Map(Object.entries(stored));
  const replaceState = vi.fn();
  const p: TokenPlace = {
    location: { hash, pathname: '/', search: '?x=1' },
    history: { replaceState, state: null },
    sessionStorage: {
      getItem: (key) => storage.get(key) ?? null,
      setItem: (key, value) => void storage.set(key, value),
    },
  };
  return { p, storage, replaceState };
}

describe('takeHostToken', () => {
  it('takes the token from the fragment, keeps it, and removes it from the visible URL', () => {
    const { p, storage, replaceState } = place('#token=abc%2Fdef');
    expect(takeHostToken(p)).toBe('abc/def');
    expect([...storage.values()]).toEqual(['abc/def']);
    expect(replaceState).toHaveBeenCalledWith(null, '', '/?x=1');
  });

  it('finds the kept token after a reload, without touching the URL', () => {
    const first = place('#token=t0k3n');
    takeHostToken(first.p);
    const reloaded = place('', Object.fromEntries(first.storage));
    expect(takeHostToken(reloaded.p)).toBe('t0k3n');
    expect(reloaded.replaceState).not.toHaveBeenCalled();
  });

  it('is null when there is no token anywhere', () => {
    expect(takeHostToken(place('').p)).toBeNull();
    expect(takeHostToken(place('#other=1').p)).toBeNull();
  });

  it('keeps a malformed escape as typed instead of throwing', () => {
    expect(takeHostToken(place('#token=%E0%A4%A').p)).toBe('%E0%A4%A');
  });
});

import { describe, expect, it } from 'vitest';
import { isLoopbackAddress, refuseUpgrade, sameSecret } from './guard';

const expected = {
  path: '/bridge',
  port: 4100,
  hasSession: (cookie: string | undefined) => cookie === 'gavel-session-4100=ok',
};
const good = {
  url: '/bridge',
  host: '127.0.0.1:4100',
  origin: 'http://127.0.0.1:4100',
  cookie: 'gavel-session-4100=ok',
};

describe('refuseUpgrade', () => {
  it('lets the right page in with a session', () => {
    expect(refuseUpgrade(good, expected)).toBeNull();
    expect(
      refuseUpgrade({ ...good, host: 'localhost:4100', origin: 'http://localhost:4100' }, expected),
    ).toBeNull();
  });
  it('refuses a page without a session, whatever token its URL carries', () => {
    expect(refuseUpgrade({ ...good, cookie: undefined }, expected)?.status).toBe(401);
    expect(refuseUpgrade({ ...good, cookie: 'gavel-session-4100=nope' }, expected)?.status).toBe(
      401,
    );
    expect(
      refuseUpgrade({ ...good, cookie: undefined, url: '/bridge?token=s3cret' }, expected)?.status,
    ).toBe(401);
  });
  it('refuses other origins, DNS-rebound hosts and other paths', () => {
    expect(refuseUpgrade({ ...good, origin: 'https://evil.example' }, expected)?.status).toBe(403);
    expect(refuseUpgrade({ ...good, origin: undefined }, expected)?.status).toBe(403);
    expect(refuseUpgrade({ ...good, host: 'evil.example:4100' }, expected)?.status).toBe(403);
    expect(refuseUpgrade({ ...good, host: '127.0.0.1:4101' }, expected)?.status).toBe(403);
    expect(refuseUpgrade({ ...good, url: '/other' }, expected)?.status).toBe(404);
  });
});

describe('helpers', () => {
  it('knows loopback addresses', () => {
    for (const a of ['127.0.0.1', '127.4.5.6', '::1', 'localhost'])
      expect(isLoopbackAddress(a)).toBe(true);
    for (const a of ['0.0.0.0', '::', '192.168.1.2', '10.0.0.1', 'example.org'])
      expect(isLoopbackAddress(a)).toBe(false);
  });
  it('compares secrets exactly', () => {
    expect(sameSecret('abc', 'abc')).toBe(true);
    expect(sameSecret('abd', 'abc')).toBe(false);
    expect(sameSecret('abcd', 'abc')).toBe(false);
  });
});

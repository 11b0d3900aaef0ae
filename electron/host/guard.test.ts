import { describe, expect, it } from 'vitest';
import { isLoopbackAddress, refuseUpgrade, sameSecret } from './guard';

const expected = { path: '/bridge', token: 's3cret-token', port: 4100 };
const good = { url: '/bridge?token=s3cret-token', host: '127.0.0.1:4100', origin: 'http://127.0.0.1:4100' };

describe('refuseUpgrade', () => {
  it('lets the right page in with the right token', () => {
    expect(refuseUpgrade(good, expected)).toBeNull();
    expect(refuseUpgrade({ ...good, host: 'localhost:4100', origin: 'http://localhost:4100' }, expected)).toBeNull();
  });
  it('refuses a missing or wrong token', () => {
    expect(refuseUpgrade({ ...good, url: '/bridge' }, expected)?.status).toBe(401);
    expect(refuseUpgrade({ ...good, url: '/bridge?token=s3cret-tokeN' }, expected)?.status).toBe(401);
    expect(refuseUpgrade({ ...good, url: '/bridge?token=' }, expected)?.status).toBe(401);
  });
  it('refuses other origins, DNS-rebound hosts and other paths', () => {
    expect(refuseUpgrade({ ...good, origin: 'https://evil.example' }, expected)?.status).toBe(403);
    expect(refuseUpgrade({ ...good, origin: undefined }, expected)?.status).toBe(403);
    expect(refuseUpgrade({ ...good, host: 'evil.example:4100' }, expected)?.status).toBe(403);
    expect(refuseUpgrade({ ...good, host: '127.0.0.1:4101' }, expected)?.status).toBe(403);
    expect(refuseUpgrade({ ...good, url: '/other?token=s3cret-token' }, expected)?.status).toBe(404);
  });
});

describe('helpers', () => {
  it('knows loopback addresses', () => {
    for (const a of ['127.0.0.1', '127.4.5.6', '::1', 'localhost']) expect(isLoopbackAddress(a)).toBe(true);
    for (const a of ['0.0.0.0', '::', '192.168.1.2', '10.0.0.1', 'example.org']) expect(isLoopbackAddress(a)).toBe(false);
  });
  it('compares secrets exactly', () => {
    expect(sameSecret('abc', 'abc')).toBe(true);
    expect(sameSecret('abd', 'abc')).toBe(false);
    expect(sameSecret('abcd', 'abc')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isSafeExternalUrl, isTrustedSender } from './security';

const app = 'file:///opt/gavel/out/renderer/index.html';

describe('isTrustedSender', () => {
  it('accepts the top frame of our page', () => {
    expect(isTrustedSender({ url: app, parent: null }, app)).toBe(true);
    expect(isTrustedSender({ url: `${app}#token`, parent: null }, app)).toBe(true);
  });
  it('refuses sub-frames, other files, other origins and garbage', () => {
    expect(isTrustedSender({ url: app, parent: {} }, app)).toBe(false);
    expect(isTrustedSender({ url: 'file:///tmp/evil.html', parent: null }, app)).toBe(false);
    expect(isTrustedSender({ url: 'https://example.org/', parent: null }, app)).toBe(false);
    expect(isTrustedSender({ url: 'not a url', parent: null }, app)).toBe(false);
    expect(isTrustedSender(null, app)).toBe(false);
  });
  it('compares origins for a dev server', () => {
    const dev = 'http://localhost:5173/';
    expect(isTrustedSender({ url: 'http://localhost:5173/x', parent: null }, dev)).toBe(true);
    expect(isTrustedSender({ url: 'http://localhost:5174/', parent: null }, dev)).toBe(false);
  });
});

describe('isSafeExternalUrl', () => {
  it('allows https pages and mailto drafts only', () => {
    expect(isSafeExternalUrl('https://wiki.debian.org/MeetBot')).toBe(true);
    expect(isSafeExternalUrl('mailto:sr-dev@lists.example.org?subject=Minutes')).toBe(true);
    // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- the point: plain http is refused
    for (const url of ['http://x.org', 'javascript:alert(1)', 'file:///etc/passwd', 'smb://h/s', 'nonsense'])
      expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows no inline or evaluated script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
  });
});

import { describe, expect, it } from 'vitest';
import {
  APP_URL,
  CONTENT_SECURITY_POLICY,
  isAppUrl,
  isSafeExternalUrl,
  isTrustedSender,
} from './security';

describe('isTrustedSender', () => {
  it('accepts the top frame of our page', () => {
    expect(APP_URL).toBe('gavel://app/index.html');
    expect(isTrustedSender({ url: APP_URL, parent: null })).toBe(true);
    expect(isTrustedSender({ url: `${APP_URL}#token`, parent: null })).toBe(true);
  });
  it('refuses sub-frames, files, other hosts and origins, look-alikes and garbage', () => {
    expect(isTrustedSender({ url: APP_URL, parent: {} })).toBe(false);
    for (const url of [
      'file:///opt/gavel/out/renderer/index.html',
      'gavel://evil/index.html',
      'gavel://app.evil/index.html',
      'gavel://app@evil/index.html',
      'https://example.org/',
      'http://127.0.0.1:5173/',
      'not a url',
    ])
      expect(isTrustedSender({ url, parent: null }), url).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });
});

describe('isAppUrl', () => {
  it('compares scheme and host, never a prefix', () => {
    expect(isAppUrl('gavel://app/assets/index.js')).toBe(true);
    expect(isAppUrl('gavel://app.example.org/')).toBe(false);
    expect(isAppUrl('gavelx://app/')).toBe(false);
  });
});

describe('isSafeExternalUrl', () => {
  it('allows https pages and mailto drafts only', () => {
    expect(isSafeExternalUrl('https://wiki.debian.org/MeetBot')).toBe(true);
    expect(isSafeExternalUrl('mailto:sr-dev@lists.example.org?subject=Minutes')).toBe(true);
    for (const url of [
      // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- the point: plain http is refused
      'http://x.org',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'smb://h/s',
      'nonsense',
    ])
      expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows no inline or evaluated script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, META_CONTENT_SECURITY_POLICY } from './csp';

const indexHtml = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');

describe('contentSecurityPolicy', () => {
  it('allows only our own scripts and styles, nothing inline or evaluated', () => {
    const policy = contentSecurityPolicy();
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/unsafe-(inline|eval)/);
  });

  it("adds the host's socket to connect-src only", () => {
    expect(contentSecurityPolicy({ connect: ['ws://127.0.0.1:9'] })).toContain(
      "connect-src 'self' ws://127.0.0.1:9;",
    );
  });

  it('is the policy of the meta tag in renderer/index.html', () => {
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(indexHtml);
    expect(meta?.[1]).toBe(META_CONTENT_SECURITY_POLICY);
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
  });
});

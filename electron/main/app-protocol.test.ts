import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { appResponse, registerAppScheme, resolveAppFile, serveApp } from './app-protocol';
import { CONTENT_SECURITY_POLICY } from './security';
import { protocol } from '../testing/fake-electron';

vi.mock('electron', () => import('../testing/fake-electron'));

const base = mkdtempSync(join(tmpdir(), 'gavel-protocol-'));
const root = join(base, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Gavel</title>');
writeFileSync(join(root, 'assets', 'index.js'), 'console.log(1)');
writeFileSync(join(base, 'secret.txt'), 'not for the page');
afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => appResponse(root, new Request(url, { method }));

describe('registerAppScheme', () => {
  it('declares gavel: standard and secure, with nothing more than fetch', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'gavel', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });
});

describe('resolveAppFile', () => {
  it('maps the app host to files of the renderer folder, and bare paths to the page', () => {
    expect(resolveAppFile(root, 'gavel://app/assets/index.js')).toBe(
      join(root, 'assets', 'index.js'),
    );
    expect(resolveAppFile(root, 'gavel://app/')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'gavel://app/history')).toBe(join(root, 'index.html'));
  });
  it('refuses other hosts, schemes, escapes from the folder and bad encodings', () => {
    for (const url of [
      'gavel://other/index.html',
      'file:///etc/passwd',
      'gavel://app/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'gavel://app/%E0%A4%A',
      'gavel://app/index.html%00.js',
    ])
      expect(resolveAppFile(root, url), url).toBeNull();
    // The URL parser folds dot segments first: this one stays inside the folder.
    expect(resolveAppFile(root, 'gavel://app/%2e%2e/secret.txt')).toBe(join(root, 'secret.txt'));
  });
});

describe('appResponse', () => {
  it('serves a file with its type and the CSP', async () => {
    const res = await get('gavel://app/assets/index.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toBe('console.log(1)');
  });
  it('answers 404, never a file outside, for what it will not serve', async () => {
    for (const url of [
      'gavel://app/%2e%2e/secret.txt',
      'gavel://app/a/%2e%2e%2f%2e%2e%2fsecret.txt',
    ]) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      expect(await res.text()).not.toContain('not for the page');
    }
    expect((await get('gavel://app/index.html', 'POST')).status).toBe(404);
  });
});

describe('serveApp', () => {
  it('handles the gavel scheme from the renderer folder', async () => {
    serveApp(root);
    const handler = protocol.handlers.get('gavel')!;
    const res = await handler(new Request('gavel://app/index.html'));
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('<title>Gavel</title>');
  });
});

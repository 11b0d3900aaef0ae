import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { protocol } from 'electron';
import { contentType } from '../host/static-files';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './security';

/**
 * Declares `gavel:` before the app is ready: standard (relative URLs and origins work as on the
 * web) and secure (a secure context, like https), with fetch allowed for the page's own files.
 * Nothing else is granted: no CORS bypass, no service workers, no streaming privileges.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * The file of `rendererDir` that `url` asks for, or null when the URL is not the app's
 * (`gavel://app/…`), cannot be decoded, or points outside the folder. A path without an
 * extension is the page itself, so a reload anywhere works.
 */
export function resolveAppFile(rendererDir: string, url: string): string | null {
  const root = normalize(rendererDir + sep);
  let pathname: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const wanted = normalize(join(root, pathname));
  if (!wanted.startsWith(root)) return null;
  return extname(wanted) ? wanted : join(root, 'index.html');
}

const HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
};

/** The response to one request of the page: the file with the app's headers, or 404. */
export async function appResponse(rendererDir: string, request: Request): Promise<Response> {
  const file = request.method === 'GET' ? resolveAppFile(rendererDir, request.url) : null;
  if (!file) return new Response('Not found', { status: 404, headers: HEADERS });
  try {
    const body = await readFile(file);
    return new Response(body, { headers: { ...HEADERS, 'Content-Type': contentType(file) } });
  } catch {
    return new Response('Not found', { status: 404, headers: HEADERS });
  }
}

/** Serves the built renderer in `rendererDir` on `gavel://app/` (call once the app is ready). */
export function serveApp(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(rendererDir, request));
}

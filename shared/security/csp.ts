/**
 * The one Content-Security-Policy of every page Gavel shows: the header of `gavel://app`, the
 * browser host's header and the `<meta>` of `renderer/index.html` all come from here; only
 * where the page may open its socket differs. No inline script or style, no `eval`.
 */

/** Where a page may connect besides its own origin: nowhere in Electron, the host's socket in a browser. */
export interface CspOptions {
  /** Extra `connect-src` sources (the browser host's `ws://` addresses). */
  connect?: readonly string[];
  /**
   * For a `<meta>` tag: leaves out `frame-ancestors`, which browsers ignore there (a header
   * sets it).
   */
  meta?: boolean;
}

/** The policy as one header value, its directives joined by `; `. */
export function contentSecurityPolicy(options: CspOptions = {}): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    ["connect-src 'self'", ...(options.connect ?? [])].join(' '),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    ...(options.meta ? [] : ["frame-ancestors 'none'"]),
  ].join('; ');
}

/** The browser host's socket on `port` of the loopback interface. */
export const hostSocketSources = (port: number | '*'): string[] => [
  `ws://127.0.0.1:${port}`,
  `ws://localhost:${port}`,
];

/** The `<meta>` policy of `renderer/index.html`: either shell, the host on any port. */
export const META_CONTENT_SECURITY_POLICY = contentSecurityPolicy({
  connect: hostSocketSources('*'),
  meta: true,
});

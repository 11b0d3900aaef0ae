/**
 * Security policy of the app window, kept free of `electron` imports so it can be unit-tested.
 * Electron's checklist: https://www.electronjs.org/docs/latest/tutorial/security
 */

/** The Content-Security-Policy of every app page (also set as a `<meta>` in index.html). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The part of an IPC event's sender frame we look at. */
export interface SenderFrame {
  url: string;
  /** The parent frame; null for a top-level frame. */
  parent: unknown;
}

/**
 * True when an IPC message comes from the top frame of our own page: a sub-frame, another
 * origin, or a page we navigated away to (navigation is blocked, but check anyway) is refused.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, appUrl: string): boolean {
  if (!frame || frame.parent !== null) return false;
  try {
    const from = new URL(frame.url);
    const app = new URL(appUrl);
    if (from.protocol !== app.protocol) return false;
    if (from.protocol === 'file:') return from.pathname === app.pathname;
    return from.origin === app.origin;
  } catch {
    return false;
  }
}

/**
 * Links the app may hand to the system: https pages to the browser, and `mailto:` drafts (the
 * minutes' e-mail) to the mail app; never http, file:, javascript: or other schemes.
 */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const protocol = new URL(url).protocol;
    return protocol === 'https:' || protocol === 'mailto:';
  } catch {
    return false;
  }
}

/**
 * Security policy of the app window, kept free of `electron` imports so it can be unit-tested.
 * Electron's checklist: https://www.electronjs.org/docs/latest/tutorial/security
 */
import { contentSecurityPolicy } from '../../shared/security/csp';

/** The Content-Security-Policy of every `gavel://app` page (the window connects to no socket). */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/** The scheme the renderer is served on (`protocol.handle`), standard and secure. */
export const APP_SCHEME = 'gavel';
/** The one host of that scheme; the page's origin is `gavel://app`. */
export const APP_HOST = 'app';
/** The page the window shows. */
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** The part of an IPC event's sender frame we look at. */
export interface SenderFrame {
  url: string;
  /** The parent frame; null for a top-level frame. */
  parent: unknown;
}

/**
 * True when `url` belongs to the app's own page: `gavel://app/…`. Node gives custom schemes the
 * origin "null", so scheme and host are compared themselves, never by prefix.
 */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * True when an IPC message comes from the top frame of our own page: a sub-frame, another
 * scheme or host, or a page we navigated away to (navigation is blocked, but check anyway) is
 * refused.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return !!frame && frame.parent === null && typeof frame.url === 'string' && isAppUrl(frame.url);
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

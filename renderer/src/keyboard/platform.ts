/** Keyboard conventions differ on macOS: ⌘ instead of Ctrl, and ⌥ types characters. */
export type Platform = 'mac' | 'other';

/** The platform this window runs on, from what the browser reports. */
export function currentPlatform(
  nav: Pick<Navigator, 'platform' | 'userAgent'> = navigator,
): Platform {
  return /Mac|iPhone|iPad/i.test(nav.platform || nav.userAgent) ? 'mac' : 'other';
}

/** This window's platform, read once. */
export const PLATFORM: Platform = currentPlatform();

import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom lays nothing out, so every element measures 0×0 and a virtual list would show no rows.
// Give scroll containers a window-sized viewport and rows a line's height, as a browser would.
Object.defineProperties(HTMLElement.prototype, {
  clientHeight: { configurable: true, get: () => 600 },
  clientWidth: { configurable: true, get: () => 800 },
});
// The resizable panes' separators and groups are placed off to the side: at (0, 0) like the rest,
// every click would land on a separator and start a resize instead of reaching its target.
const LAYOUT_PARTS = '[data-separator], [data-group], [data-panel]';
HTMLElement.prototype.getBoundingClientRect = function getBoundingClientRect() {
  if (this.matches(LAYOUT_PARTS))
    return DOMRect.fromRect({ x: -5000, y: 0, width: 800, height: 24 });
  return DOMRect.fromRect({ x: 0, y: 0, width: 800, height: 24 });
};

// jsdom has no ResizeObserver (the resizable panes watch their sizes with one); nothing resizes
// in jsdom, so an observer that never reports is what a browser would do here.
class StillResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= StillResizeObserver as unknown as typeof ResizeObserver;

// The window writes times in the browser's locale (time/format-time.ts); tests read them in one
// 24-hour locale whatever the machine's, and spy on `navigator.language` to read another.
Object.defineProperty(window.navigator, 'language', { configurable: true, get: () => 'en-GB' });

afterEach(() => cleanup());

import type { Page } from '@playwright/test';

type Slowed = typeof globalThis & { restoreLink?: () => void };

/**
 * Makes the page's link slow for what it sends as bytes (an import's parts, in browser mode):
 * each binary WebSocket frame leaves `ms` after the frame before it, and every frame, text or
 * bytes, keeps its place in line. A test can then act while an upload is under way on a machine
 * of any speed. Returns what puts the link back. In the Electron target the parts go over IPC,
 * which this leaves as it is.
 */
export async function slowUploads(page: Page, ms: number): Promise<() => Promise<void>> {
  await page.evaluate((delay) => {
    const proto = WebSocket.prototype;
    const send = proto.send;
    let line = Promise.resolve();
    proto.send = function (this: WebSocket, data) {
      const wait =
        typeof data === 'string' ? null : () => new Promise<void>((r) => setTimeout(r, delay));
      line = line.then(wait).then(() => send.call(this, data));
    };
    (globalThis as Slowed).restoreLink = () => {
      proto.send = send;
    };
  }, ms);
  return () => page.evaluate(() => (globalThis as Slowed).restoreLink?.());
}

import type { Page, TestInfo } from '@playwright/test';

type Slowed = typeof globalThis & { restoreLink?: () => Promise<void> };

/**
 * Makes the page's link slow for what it sends as bytes (an import's parts, in browser mode):
 * each binary WebSocket frame leaves `ms` after the frame before it, and every frame, text or
 * bytes, keeps its place in line. A test can then act while an upload is under way on a machine
 * of any speed. Returns what puts the link back once the frames in line have left; null in the
 * Electron target, whose parts go over IPC, which this cannot slow.
 */
export async function slowUploads(
  page: Page,
  testInfo: TestInfo,
  ms: number,
): Promise<(() => Promise<void>) | null> {
  if (testInfo.project.name === 'electron') return null;
  await page.evaluate((delay) => {
    const proto = WebSocket.prototype;
    const send = proto.send;
    let line = Promise.resolve();
    proto.send = function (this: WebSocket, data) {
      const wait =
        typeof data === 'string' ? null : () => new Promise<void>((r) => setTimeout(r, delay));
      // A frame that cannot be sent (a closed socket) does not hold up the ones behind it.
      line = line
        .then(wait)
        .then(() => send.call(this, data))
        .catch(() => {});
    };
    (globalThis as Slowed).restoreLink = async () => {
      await line;
      proto.send = send;
    };
  }, ms);
  return () => page.evaluate(() => (globalThis as Slowed).restoreLink?.());
}

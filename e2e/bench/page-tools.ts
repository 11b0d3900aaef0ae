import type { Page } from '@playwright/test';

/**
 * Waits until `expression` is true in the page. Checked from here every 250 ms: the page's CSP
 * forbids the string evaluation Playwright's waitForFunction would do inside it.
 */
export async function pollPage(page: Page, expression: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > until) throw new Error(`Not true within ${timeoutMs} ms: ${expression}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The page's JavaScript heap in use after a full garbage collection, in MB. */
export async function heapAfterGcMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 2 ** 20;
  } finally {
    await cdp.detach();
  }
}

/** The middle value (the upper one of the two middle values of an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

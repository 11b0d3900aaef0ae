import type { Page } from '@playwright/test';

/**
 * Waits until `expression` is true in the page, checked there every `everyMs` (no call from here
 * each time, which would take time from the page on a small machine); throws after `timeoutMs`.
 * A promise evaluated in the page, since its CSP forbids the string evaluation Playwright's
 * waitForFunction would do inside it.
 */
export async function pollPage(
  page: Page,
  expression: string,
  timeoutMs: number,
  everyMs = 250,
): Promise<void> {
  const held = page.evaluate(`new Promise((resolve) => {
    const check = () => ((${expression}) ? resolve(true) : setTimeout(check, ${everyMs}));
    check();
  })`);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Not true within ${timeoutMs} ms: ${expression}`)),
      timeoutMs,
    );
  });
  try {
    await Promise.race([held, late]);
  } finally {
    clearTimeout(timer);
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

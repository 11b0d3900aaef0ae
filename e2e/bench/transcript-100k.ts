import type { Page } from '@playwright/test';
import { startBrowserSession } from './browser-session';
import { flood } from './flood';
import { longestTaskDuring } from './main-thread';
import { heapAfterGcMb, median } from './page-tools';
import type { Benchmark } from './registry';

const CHANNEL = '#long';
const LINES = 100_000;
const RATE = 5_000;
const STEPS = 300;
// On a small machine one pass can catch another program's work: the figure is the median of three.
const PASSES = 3;

const LIST = '[data-testid="pane-transcript"] [role="list"]';

// Runs inside the page (as source text: the bench runs under tsx, whose helpers do not exist
// there). Moves the list from top to bottom and back in STEPS even jumps each way, one per
// frame, as dragging the scroll bar would, and resolves when back at the bottom.
const SCROLL_SCRIPT = `new Promise((done) => {
  const list = document.querySelector(${JSON.stringify(LIST)});
  const steps = ${STEPS};
  const stops = [];
  for (let i = 0; i <= steps; i++) stops.push(i / steps);
  for (let i = steps; i >= 0; i--) stops.push(i / steps);
  let at = 0;
  const next = () => {
    if (at >= stops.length) return done(stops.length);
    const max = list.scrollHeight - list.clientHeight;
    list.scrollTop = Math.round(stops[at++] * max);
    requestAnimationFrame(() => requestAnimationFrame(next));
  };
  list.scrollTop = 0;
  requestAnimationFrame(next);
})`;

// The window holds only the newest few thousand lines (older ones are paged in on scroll), so
// the transcript's length is the number of its newest line, which a following window shows.
const lineCount = (page: Page) =>
  page.evaluate(
    `Math.max(0, ...[...document.querySelectorAll('${LIST} [data-seq]')].map((row) => Number(row.getAttribute('data-seq'))))`,
  ) as Promise<number>;

/** Resolves with the transcript's length once it has not grown for 2 s. */
async function settled(page: Page): Promise<number> {
  let last = -1;
  let still = 0;
  for (;;) {
    const now = await lineCount(page);
    still = now === last ? still + 1 : 0;
    if (still >= 8) return now;
    last = now;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * Fills the page's transcript with LINES lines said through the server. On a busy machine the
 * server can drop a client that reads too slowly; Gavel then reconnects and marks the gap, and
 * the lines said meanwhile are lost: more are said until the transcript holds LINES.
 */
async function fill(page: Page, host: string, port: number): Promise<void> {
  for (let held = 0, round = 0; held < LINES; round++) {
    if (round === 3) throw new Error(`The transcript reached only ${held} lines`);
    const said = await flood(host, port, CHANNEL, {
      bots: 4,
      perSecond: RATE,
      seconds: Math.ceil((LINES - held) / RATE),
      join: false,
    });
    await said.quit();
    held = await settled(page);
  }
}

/**
 * `transcript_100k_longest_task_ms`: the page's longest main-thread task (Chromium's trace) while
 * the window of a 100,000-line transcript, said through ngircd, is scrolled from top to bottom
 * and back (the median over three passes): the window holds the newest lines, and reaching its
 * top pages older ones in. `transcript_100k_heap_mb`: the page's JavaScript heap afterwards,
 * after garbage collection.
 */
export const transcript100kBench: Benchmark = {
  name: 'transcript of 100,000 lines: scrolled top to bottom and back',
  keys: ['transcript_100k_longest_task_ms', 'transcript_100k_heap_mb'],
  async run() {
    const session = await startBrowserSession();
    try {
      const page = await session.open();
      await session.join(page, 'chair', CHANNEL);
      await fill(page, session.ircd.host, session.ircd.port);
      const passes: number[] = [];
      for (let i = 0; i < PASSES; i++) {
        passes.push(
          await longestTaskDuring(session.browser, page, async () => {
            await page.evaluate(SCROLL_SCRIPT);
          }),
        );
      }
      const heap = await heapAfterGcMb(page);
      return {
        transcript_100k_longest_task_ms: Math.round(median(passes)),
        transcript_100k_heap_mb: Math.round(heap),
      };
    } finally {
      await session.close();
    }
  },
};

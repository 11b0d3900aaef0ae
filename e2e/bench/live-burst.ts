import type { Browser, Page } from '@playwright/test';
import { startBrowserSession } from './browser-session';
import { flood, FLOOD_MARK } from './flood';
import { longestTaskDuring } from './main-thread';
import { median, pollPage } from './page-tools';
import type { Benchmark } from './registry';

const CHANNEL = '#burst';
const RATE = 2000;
const SECONDS = 10;
const BOTS = 4;
// On a small machine one burst can catch another program's work: the figures are the medians of
// three bursts, one after another into the same transcript.
const BURSTS = 3;

// Runs inside the page. Kept as source text: the bench runs under tsx, whose helpers do not exist
// in the page. Each frame, a message posted from requestAnimationFrame is handled after that
// frame's paint, so the rows it finds in the list are the ones just painted.
const watchScript = (tag: string) => `(() => {
  const mark = new RegExp(${JSON.stringify(FLOOD_MARK.source)});
  const tag = ${JSON.stringify(tag)};
  const newest = [];
  const state = { seen: [], stop: false };
  window.gavelBurst = state;
  const afterPaint = new MessageChannel();
  afterPaint.port1.onmessage = () => {
    const now = performance.timeOrigin + performance.now();
    for (const el of document.querySelectorAll('[data-testid="pane-transcript"] .line-text')) {
      const m = mark.exec(el.textContent || '');
      if (!m || m[1] !== tag) continue;
      const b = Number(m[2]);
      const n = Number(m[3]);
      if (n > (newest[b] ?? -1)) {
        newest[b] = n;
        state.seen.push([b, n, now]);
      }
    }
  };
  const frame = () => {
    afterPaint.port2.postMessage(null);
    if (!state.stop) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})()`;

/**
 * Watches the transcript from inside the page: after every frame's paint, the newest line of each
 * bot of flood `tag` in the list, with the time (epoch ms) it was first there. A line the list scrolled past
 * within one frame counts as shown when a later line of the same bot is.
 */
async function watchTranscript(page: Page, tag: string): Promise<void> {
  await page.evaluate(watchScript(tag));
}

/** For each line said, the time it was first shown (or passed over), from the page's record. */
function latencies(sentAt: number[][], seen: [number, number, number][]): number[] {
  const out: number[] = [];
  for (let b = 0; b < sentAt.length; b++) {
    const shows = seen.filter(([bot]) => bot === b).sort((x, y) => x[1] - y[1]);
    let at = 0;
    sentAt[b]!.forEach((sent, n) => {
      while (at < shows.length && shows[at]![1] < n) at++;
      const shown = shows[at];
      if (shown) out.push(shown[2] - sent);
    });
  }
  return out;
}

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

/** One burst: its said → shown latencies' 95th percentile and the longest task meanwhile. */
async function oneBurst(
  browser: Browser,
  page: Page,
  host: string,
  port: number,
  round: number,
): Promise<{ p95: number; longest: number }> {
  const tag = `r${round}`;
  await watchTranscript(page, tag);
  let sentAt: number[][] = [];
  let quit = async () => {};
  const longest = await longestTaskDuring(browser, page, async () => {
    const said = await flood(host, port, CHANNEL, {
      bots: BOTS,
      perSecond: RATE,
      seconds: SECONDS,
      join: false,
      tag,
    });
    sentAt = said.sentAt;
    quit = said.quit;
    const total = sentAt.reduce((n, lines) => n + lines.length, 0);
    if (total !== RATE * SECONDS) throw new Error(`said ${total} lines, not ${RATE * SECONDS}`);
    const last = JSON.stringify(sentAt.map((lines) => lines.length - 1));
    await pollPage(
      page,
      `${last}.every((n, b) => window.gavelBurst.seen.some((s) => s[0] === b && s[1] >= n))`,
      60_000,
    );
  });
  const seen = (await page.evaluate('(window.gavelBurst.stop = true, window.gavelBurst.seen)')) as [
    number,
    number,
    number,
  ][];
  await quit();
  return { p95: percentile(latencies(sentAt, seen), 95), longest };
}

/**
 * `live_burst_p95_ms`: 2,000 lines a second for 10 s, said by bots through ngircd to the browser
 * host; the 95th percentile of said → shown in the transcript. `live_burst_longest_task_ms`: the
 * longest main-thread task of the page meanwhile (Chromium's trace).
 */
export const liveBurstBench: Benchmark = {
  name: 'live burst: 2,000 lines/s for 10 s into the transcript',
  keys: ['live_burst_p95_ms', 'live_burst_longest_task_ms'],
  async run() {
    const session = await startBrowserSession();
    try {
      const page = await session.open();
      await session.join(page, 'chair', CHANNEL);
      const p95s: number[] = [];
      const longest: number[] = [];
      for (let i = 0; i < BURSTS; i++) {
        const burst = await oneBurst(
          session.browser,
          page,
          session.ircd.host,
          session.ircd.port,
          i,
        );
        p95s.push(burst.p95);
        longest.push(burst.longest);
      }
      return {
        live_burst_p95_ms: Math.round(median(p95s)),
        live_burst_longest_task_ms: Math.round(median(longest)),
      };
    } finally {
      await session.close();
    }
  },
};

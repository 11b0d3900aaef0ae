import { startBrowserSession } from './browser-session';
import type { Benchmark } from './registry';

const RUNS = 5;

// Runs in each page before its own scripts: notes when the connect form's first field exists,
// in ms since the navigation started.
const MARK_SCRIPT = `(() => {
  const seen = () => {
    const field = document.getElementById('connect-server');
    if (!field || field.disabled) return false;
    window.gavelInteractive = performance.now();
    return true;
  };
  new MutationObserver((_, observer) => seen() && observer.disconnect()).observe(document, {
    childList: true,
    subtree: true,
  });
})()`;

/**
 * `startup_to_interactive_ms`: from navigating to the browser host's page to the connect form
 * being there to type in, measured in the page; the median of 5 fresh pages (each in its own
 * context, so nothing is cached between runs).
 */
export const startupBench: Benchmark = {
  name: 'start-up: navigation to a usable connect form',
  keys: ['startup_to_interactive_ms'],
  async run() {
    const session = await startBrowserSession();
    try {
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const context = await session.browser.newContext({
          viewport: { width: 1280, height: 820 },
        });
        try {
          const page = await context.newPage();
          await page.addInitScript(MARK_SCRIPT);
          await page.goto(await session.host.nextUrl());
          await page.getByLabel('Server').waitFor();
          times.push((await page.evaluate('window.gavelInteractive')) as number);
        } finally {
          await context.close();
        }
      }
      times.sort((a, b) => a - b);
      return { startup_to_interactive_ms: Math.round(times[Math.floor(RUNS / 2)]!) };
    } finally {
      await session.close();
    }
  },
};

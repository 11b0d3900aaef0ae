import type { Browser, Page } from '@playwright/test';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

/**
 * The longest task on the page's main thread while `during` runs, in ms: Chromium's own trace
 * (the scheduler's `RunTask` events on the renderer's main thread), which sees every task, not
 * only those over the 50 ms a `longtask` PerformanceObserver reports.
 */
export async function longestTaskDuring(
  browser: Browser,
  page: Page,
  during: () => Promise<void>,
): Promise<number> {
  // The "toplevel" category records every task the scheduler runs and little else, so tracing
  // adds little to what it measures.
  await browser.startTracing(page, { categories: ['toplevel'] });
  let trace: Buffer;
  try {
    await during();
  } finally {
    trace = await browser.stopTracing();
  }
  const parsed = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return longestRunTask(Array.isArray(parsed) ? parsed : parsed.traceEvents);
}

const TASK_EVENTS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

/** The longest task of a `CrRendererMain` thread in a trace, in ms (0 when none). */
export function longestRunTask(events: readonly TraceEvent[]): number {
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  let longest = 0;
  for (const e of events) {
    if (
      TASK_EVENTS.has(e.name) &&
      e.ph === 'X' &&
      e.dur !== undefined &&
      mains.has(`${e.pid}:${e.tid}`)
    ) {
      longest = Math.max(longest, e.dur / 1000);
    }
  }
  return longest;
}

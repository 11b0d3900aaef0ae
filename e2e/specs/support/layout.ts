import { expect, type Page, type TestInfo } from '@playwright/test';

/** The window sizes the chair's window must fit without the page scrolling. */
export const LAPTOP_SIZES = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
] as const;

/** A desktop screen: the views must fit it as well. */
export const DESKTOP_SIZE = { width: 1920, height: 1080 } as const;

/**
 * Expects the page itself not to scroll either way: everything that scrolls does so inside a
 * pane. On failure the message names the elements that stick out of the window.
 */
export async function expectNoPageScroll(page: Page, where: string): Promise<void> {
  const size = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const out: string[] = [];
    if (root.scrollHeight > root.clientHeight || root.scrollWidth > root.clientWidth) {
      const clipped = (el: Element): boolean => {
        for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
          if (getComputedStyle(up).overflow !== 'visible') return true;
        }
        return false;
      };
      for (const el of document.body.querySelectorAll('*')) {
        const pos = getComputedStyle(el).position;
        if (clipped(el) && pos !== 'absolute' && pos !== 'fixed') continue;
        const box = el.getBoundingClientRect();
        if (box.bottom > root.clientHeight + 1 || box.right > root.clientWidth + 1) {
          const name = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
          out.push(`${name} (${Math.round(box.right)}×${Math.round(box.bottom)})`);
        }
        if (out.length >= 8) break;
      }
    }
    return {
      height: root.scrollHeight,
      clientHeight: root.clientHeight,
      width: root.scrollWidth,
      clientWidth: root.clientWidth,
      out: out.join(', '),
    };
  });
  const says = `${where}: the page is ${size.width}×${size.height} px in a ${size.clientWidth}×${size.clientHeight} px window; sticking out: ${size.out}`;
  expect(size.height, says).toBeLessThanOrEqual(size.clientHeight);
  expect(size.width, says).toBeLessThanOrEqual(size.clientWidth);
}

const PANES = ['agenda', 'people', 'transcript', 'timeline', 'actions'] as const;

/** The meeting view's panes by area (px²), from their test ids. */
export async function paneAreas(page: Page): Promise<Record<(typeof PANES)[number], number>> {
  const areas = {} as Record<(typeof PANES)[number], number>;
  for (const pane of PANES) {
    const box = await page.getByTestId(`pane-${pane}`).boundingBox();
    areas[pane] = box ? box.width * box.height : 0;
  }
  return areas;
}

/** Expects the transcript to be the largest pane of the meeting view. */
export async function expectTranscriptLargest(page: Page, where: string): Promise<void> {
  const areas = await paneAreas(page);
  for (const pane of PANES) {
    if (pane === 'transcript') continue;
    expect(
      areas.transcript,
      `${where}: transcript ${areas.transcript} px² vs ${pane} ${areas[pane]} px²`,
    ).toBeGreaterThan(areas[pane]);
  }
}

/** Collects what the page logs as errors (CSP refusals included) from now on. */
export function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * The serious and critical accessibility violations axe-core finds in the page as it is now (in
 * its modal dialog, when one is open). axe is put into the page through the driver (so the
 * window's CSP stays as it is) and run there.
 */
export async function seriousViolations(page: Page, where: string): Promise<string[]> {
  const axe = (await import('axe-core')).default;
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axe.source);
  // With a modal dialog open the scan covers the dialog: the window behind it is dimmed and out of
  // reach (and was scanned on its own), so its colours under the backdrop are not what anyone reads.
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(context: Element): Promise<{ violations: unknown[] }> } }
    ).axe;
    const modal = document.querySelector('[role="dialog"][aria-modal="true"]');
    return (await axe.run(modal ?? document.documentElement)).violations;
  });
  return (violations as AxeViolation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${where}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

/** Where the window's pictures go and what the scans found, for one test at one window size. */
export interface Looker {
  /**
   * Checks the page does not scroll; with shots, also saves the window in light and dark and scans
   * each with axe for serious and critical accessibility violations (collected in `violations`).
   */
  look(name: string): Promise<void>;
  /** Every serious or critical violation found so far, each naming where. */
  readonly violations: string[];
}

/** A {@link Looker} for `page`, saving shots and scanning only when `shots` is true. */
export function looker(page: Page, testInfo: TestInfo, shots: boolean): Looker {
  const violations: string[] = [];
  return {
    violations,
    async look(name) {
      await expectNoPageScroll(page, name);
      if (!shots) return;
      // Without motion: a colour still on its way from the light scheme to the dark (a flashed
      // line's background) would be scanned half-way.
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        violations.push(...(await seriousViolations(page, `${name} (${scheme})`)));
        const path = testInfo.outputPath(`${name}-${scheme}.png`);
        await page.screenshot({ path });
        await testInfo.attach(`${name}-${scheme}`, { path, contentType: 'image/png' });
      }
      await page.emulateMedia({ colorScheme: 'light', reducedMotion: null });
    },
  };
}

/**
 * The transition of the pane separators' hover mark, as computed now: `0s` once the system asks
 * for less motion.
 */
export async function separatorTransition(page: Page): Promise<string> {
  return page
    .locator('.pane-separator')
    .first()
    .evaluate((el) => getComputedStyle(el, '::after').transitionDuration);
}

/**
 * Presses Tab `count` times and, at each stop, expects the focused element to show it: an outline
 * or a ring (box shadow), or for a pane separator its accent mark. Resolves with what lacked one.
 */
export async function focusWithoutRing(page: Page, count: number): Promise<string[]> {
  const bare: string[] = [];
  // Without motion, so a mark that fades in (the separators') is read as it ends up.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (let i = 0; i < count; i += 1) {
    await page.keyboard.press('Tab');
    const seen = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const ring =
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
        style.boxShadow !== 'none' ||
        (el.classList.contains('pane-separator') &&
          getComputedStyle(el, '::after').backgroundColor !== 'rgba(0, 0, 0, 0)');
      const name = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').slice(0, 30)}”`;
      return ring ? null : name;
    });
    if (seen) bare.push(seen);
  }
  await page.emulateMedia({ reducedMotion: null });
  return bare;
}

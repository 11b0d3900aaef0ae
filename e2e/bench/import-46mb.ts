import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { ImportDialog, seedPath, WindowHeader } from '../pages/library-views';
import { startBrowserSession } from './browser-session';
import { median, pollPage } from './page-tools';
import type { Benchmark } from './registry';

const BYTES = 48_000_000;
// Said once, on the log's last line: found by the search only once the whole log is in it.
const MARKER = 'zanzibarquokka';
// Each run takes a fresh host and page; the figure is the middle one of three.
const RUNS = 3;
// What the bench waits for is watched in the page (a check every 20 ms there, not a call from
// here each time), so the watching takes next to nothing from the app on a small machine.
const WAIT_MS = 120_000;
const POLL_MS = 20;
const IMPORTED = `[...document.querySelectorAll('[role="status"]')].some((s) => /^Imported/.test(s.textContent ?? ''))`;
// The upload has ended once the progress bar says anything but uploading (or the import ended).
const UPLOADED = `(() => {
  const bar = document.querySelector('progress[aria-label="Import progress"]');
  return bar ? !/^(Uploading|Starting)/.test(bar.getAttribute('aria-valuetext') ?? '') : ${IMPORTED};
})()`;
const FOUND = `[...document.querySelectorAll('[aria-label="Search results"] li')].some((li) => li.textContent?.includes('${MARKER}'))`;

/**
 * The 46 MB log (45.8 MiB, about 713,000 lines): the Cockpit seed meeting's opening (its
 * `#startmeeting` and the bot's reply, which give the day) and then its body said over and over,
 * as in the library spec's large upload, with one line naming {@link MARKER} at the end.
 */
export function bigLog(): string {
  const lines = readFileSync(seedPath('cockpit-2017-05-08.log.txt'), 'utf8').split('\n');
  const head = `${lines.slice(0, 4).join('\n')}\n`;
  const body = `${lines.slice(4).join('\n').trimEnd()}\n`;
  const last = `14:59:59 <mvollmer> the last word is ${MARKER}\n`;
  const copies = Math.ceil((BYTES - head.length - last.length) / body.length);
  return head + body.repeat(copies) + last;
}

/** Seconds from pressing Import to the log's last line found by the search; and the upload's. */
async function once(page: Page, path: string): Promise<{ total: number; upload: number }> {
  const importer = new ImportDialog(page);
  await importer.open();
  await importer.root.getByLabel('Log file').setInputFiles(path);
  await importer.root.getByLabel('Channel').fill('#cockpit');
  const started = Date.now();
  await importer.root.getByRole('button', { name: 'Import', exact: true }).click();
  await pollPage(page, UPLOADED, WAIT_MS, POLL_MS);
  const uploaded = Date.now();
  await pollPage(page, IMPORTED, WAIT_MS, POLL_MS);
  await importer.root.getByRole('button', { name: 'Close' }).click();
  await new WindowHeader(page).show('Search');
  const view = page.getByRole('region', { name: 'Search all meetings' });
  const box = view.getByRole('searchbox', { name: 'Search all meetings' });
  await box.fill(MARKER);
  await box.press('Enter');
  await pollPage(page, FOUND, WAIT_MS, POLL_MS);
  const ended = Date.now();
  const hits = view.getByRole('list', { name: 'Search results' }).getByRole('listitem');
  await expect(hits.filter({ hasText: MARKER }).first()).toBeVisible();
  return { total: (ended - started) / 1000, upload: (uploaded - started) / 1000 };
}

/**
 * `import_46mb_s`: in browser mode, from pressing Import with a 46 MB MeetBot log picked to its
 * last line found by the search (upload, reading, storing and indexing), the median of three
 * runs, each on a fresh host and data folder.
 */
export const import46mbBench: Benchmark = {
  name: 'import of a 46 MB log, upload to searchable',
  keys: ['import_46mb_s'],
  async run() {
    const totals: number[] = [];
    const uploads: number[] = [];
    const log = bigLog();
    for (let run = 0; run < RUNS; run++) {
      const session = await startBrowserSession();
      const dir = mkdtempSync(join(tmpdir(), 'gavel-bench-import-'));
      try {
        const path = join(dir, 'big.log.txt');
        writeFileSync(path, log);
        const page = await session.open();
        const { total, upload } = await once(page, path);
        totals.push(total);
        uploads.push(upload);
      } finally {
        await session.close();
        rmSync(dir, { recursive: true, force: true });
      }
    }
    console.log(`(upload ${uploads.map((u) => u.toFixed(2)).join(', ')} s)`);
    return { import_46mb_s: Number(median(totals).toFixed(2)) };
  },
};

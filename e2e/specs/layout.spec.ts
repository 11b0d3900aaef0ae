import type { Page, TestInfo } from '@playwright/test';
import { ChairWindow } from '../pages/chair-window';
import { HistoryView, ImportDialog, seedPath, WindowHeader } from '../pages/library-views';
import { expect, test } from '../fixtures/test';
import {
  consoleErrors,
  expectNoPageScroll,
  expectTranscriptLargest,
  LAPTOP_SIZES,
} from './support/layout';

const CHANNEL = '#layout';
const COCKPIT = seedPath('cockpit-2017-05-08.log.txt');

/** Checks the page does not scroll; at 1366×768 also saves the window in light and dark. */
async function look(page: Page, testInfo: TestInfo, name: string, shots: boolean) {
  await expectNoPageScroll(page, name);
  if (!shots) return;
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const path = testInfo.outputPath(`${name}-${scheme}.png`);
    await page.screenshot({ path });
    await testInfo.attach(`${name}-${scheme}`, { path, contentType: 'image/png' });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test.describe('a laptop screen', () => {
  test.setTimeout(120_000);
  for (const size of LAPTOP_SIZES) {
    const shots = size.width === 1366;
    test(`at ${size.width}×${size.height} no view scrolls the page and the transcript is the largest pane`, async ({
      appPage: page,
      ircd,
    }, testInfo) => {
      await page.setViewportSize(size);
      const errors = consoleErrors(page);
      const chair = new ChairWindow(page);
      const header = new WindowHeader(page);
      await look(page, testInfo, 'meeting-not-connected', shots);

      await chair.connect({ server: ircd.host, port: ircd.port, nick: 'chair', channel: CHANNEL });
      await chair.expectJoined(CHANNEL);
      await look(page, testInfo, 'meeting-joined', shots);
      await expectTranscriptLargest(page, 'joined');

      // A live meeting with a topic and a vote open: the busiest the meeting view gets.
      await chair.startMeeting('layout check');
      await chair.setTopic('Budget');
      await expect(page.getByTestId('current-topic')).toContainText('Budget');
      await chair.startVote('Ship it?', 'yes, no');
      await look(page, testInfo, 'meeting-live-vote', shots);
      await expectTranscriptLargest(page, 'live meeting with a vote');

      // The header's menu and a dialog over the meeting.
      await header.button('More').click();
      await expect(page.getByRole('menu', { name: 'More' })).toBeVisible();
      await look(page, testInfo, 'menu-more', shots);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('menu')).toBeHidden();
      await expect(header.button('More')).toBeFocused();

      const importer = new ImportDialog(page);
      await importer.open();
      await look(page, testInfo, 'dialog-import', shots);
      await importer.importLog(COCKPIT, '#cockpit');
      await page.keyboard.press('Escape');

      for (const view of ['History', 'Search', 'Schedule'] as const) {
        await header.show(view);
        await look(page, testInfo, `view-${view.toLowerCase()}`, shots);
      }
      await header.show('History');
      await new HistoryView(page).open(/#cockpit/, /cockpit|meeting/i);
      await look(page, testInfo, 'view-reader', shots);
      expect(errors).toEqual([]);
    });
  }
});

import type { Page, TestInfo } from '@playwright/test';
import { ChairWindow } from '../pages/chair-window';
import { HistoryView, ImportDialog, seedPath, WindowHeader } from '../pages/library-views';
import { expect, test } from '../fixtures/test';
import {
  consoleErrors,
  expectNoPageScroll,
  expectTranscriptLargest,
  LAPTOP_SIZES,
  seriousViolations,
} from './support/layout';

const CHANNEL = '#layout';
const COCKPIT = seedPath('cockpit-2017-05-08.log.txt');

/** Accessibility violations found so far, by where. */
const violations: string[] = [];

/**
 * Checks the page does not scroll; at 1366×768 also saves the window in light and dark and scans
 * each with axe for serious and critical accessibility violations.
 */
async function look(page: Page, testInfo: TestInfo, name: string, shots: boolean) {
  await expectNoPageScroll(page, name);
  if (!shots) return;
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    violations.push(...(await seriousViolations(page, `${name} (${scheme})`)));
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

      // The agenda prepared offline, from a built-in template, before connecting.
      const agenda = page.getByTestId('pane-agenda');
      await agenda.getByLabel('Prepare for').fill(CHANNEL);
      await agenda.getByLabel('Prepare for').press('Enter');
      await expect(agenda.getByRole('button', { name: 'Templates…' })).toBeEnabled();
      await agenda.getByRole('button', { name: 'Templates…' }).click();
      await expect(chair.dialog).toHaveAccessibleName('Agenda templates');
      await look(page, testInfo, 'dialog-templates', shots);
      await chair.dialog.getByRole('button', { name: 'Use Weekly meeting' }).click();
      await expect(chair.dialog).toBeHidden();
      await expect(agenda.getByTestId('agenda-planned')).toHaveText('45 min planned');
      await look(page, testInfo, 'agenda-offline', shots);

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

      // Dialogs over the meeting: the minutes so far, the shortcuts.
      await chair.press('Alt+KeyS');
      await expect(chair.dialog).toHaveAccessibleName('Save the minutes');
      // A running meeting's preview says how far its minutes go, not that it ended.
      await expect(chair.dialog.getByText(/Meeting under way: minutes so far at/)).toBeVisible();
      await expect(chair.dialog.getByText(/Meeting ended at/)).toHaveCount(0);
      await look(page, testInfo, 'dialog-save-minutes', shots);
      await chair.press('Escape');
      await expect(chair.dialog).toBeHidden();
      await chair.press('?');
      await expect(chair.dialog).toBeVisible();
      await look(page, testInfo, 'dialog-shortcuts', shots);
      await chair.press('Escape');
      await expect(chair.dialog).toBeHidden();

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
      expect(violations).toEqual([]);
      if (shots) {
        // The scan does find what it should: a button with no name is a critical violation.
        await page.evaluate(() => document.body.append(document.createElement('button')));
        expect((await seriousViolations(page, 'probe')).join('\n')).toContain('button-name');
      }
    });
  }
});

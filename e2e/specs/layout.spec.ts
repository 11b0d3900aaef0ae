import type { Page } from '@playwright/test';
import { ChairWindow } from '../pages/chair-window';
import { ExportDialog } from '../pages/export-dialog';
import { HistoryView, ImportDialog, seedPath, WindowHeader } from '../pages/library-views';
import { Practice } from '../pages/practice';
import { expect, test } from '../fixtures/test';
import { CockpitReplay } from './support/cockpit-replay';
import { file } from './support/files';
import {
  consoleErrors,
  DESKTOP_SIZE,
  expectTranscriptLargest,
  focusWithoutRing,
  LAPTOP_SIZES,
  looker,
  separatorTransition,
  seriousViolations,
} from './support/layout';

const CHANNEL = '#cockpit';
const AGENDA = `# Cockpit weekly meeting

- (dperpeet) image pruning on servers / distributed storage (20 min)
- (mvollmer) application manager, next steps (15 min)
- open floor (5 min)
`;
const KAMAILIO = seedPath('kamailio-devel-2012-01-31.md');
const KAMAILIO_TITLE = 'IRC Devel Meeting - 2012-01-31';

/** Opens a dialog with `keys`, expects it named `name`, looks at it, and closes it with Escape. */
async function glance(
  page: Page,
  look: (name: string) => Promise<void>,
  keys: string,
  name: string,
  shot: string,
) {
  await page.keyboard.press(keys);
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  await look(shot);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

test.describe('laptop and desktop screens', () => {
  test.setTimeout(240_000);
  for (const size of [...LAPTOP_SIZES, DESKTOP_SIZE]) {
    const shots = size.width === 1366;
    const laptop = size !== DESKTOP_SIZE;

    // The whole meeting at each laptop size; a desktop screen only has to hold the views.
    if (laptop)
      test(`at ${size.width}×${size.height} a new chair runs the Cockpit seed meeting end to end: agenda prepared offline, connect, topics, items, a vote, end, save; the page never scrolls and the transcript is the largest pane`, async ({
        appPage: page,
        ircd,
      }, testInfo) => {
        await page.setViewportSize(size);
        const errors = consoleErrors(page);
        const chair = new ChairWindow(page);
        const header = new WindowHeader(page);
        const { look, violations } = looker(page, testInfo, shots);
        await look('meeting-not-connected');

        // Less motion, when the system asks for it.
        expect(await separatorTransition(page)).toBe('0.15s');
        await page.emulateMedia({ reducedMotion: 'reduce' });
        expect(await separatorTransition(page)).toBe('0s');
        await page.emulateMedia({ reducedMotion: null });

        await glance(page, look, 'Control+Comma', 'Preferences', 'dialog-preferences');

        // The agenda prepared offline, days before: its channel, a look at the templates, then the
        // agenda imported and one entry opened in the editor.
        const agenda = chair.agenda.root;
        await agenda.getByLabel('Prepare for').fill(CHANNEL);
        await agenda.getByLabel('Prepare for').press('Enter');
        await expect(agenda.getByRole('button', { name: 'Templates…' })).toBeEnabled();
        await agenda.getByRole('button', { name: 'Templates…' }).click();
        await expect(chair.dialog).toHaveAccessibleName('Agenda templates');
        await look('dialog-templates');
        await page.keyboard.press('Escape');
        await agenda.getByRole('button', { name: 'Import…' }).click();
        const importAgenda = page.getByRole('dialog', { name: 'Import an agenda' });
        await importAgenda.getByLabel('Outline or page text').fill(AGENDA);
        await importAgenda.getByRole('button', { name: 'Read agenda' }).click();
        await expect(importAgenda.getByRole('button', { name: 'Replace agenda' })).toBeVisible();
        await look('dialog-agenda-import');
        await importAgenda.getByRole('button', { name: 'Replace agenda' }).click();
        await expect(chair.agenda.entries).toHaveCount(3);
        await expect(page.getByTestId('agenda-planned')).toHaveText('40 min planned');
        await expect(chair.agenda.note).toBeVisible();
        await look('agenda-offline');
        await chair.agenda.entry('open floor').focus();
        await page.keyboard.press('Enter');
        await expect(agenda.getByRole('checkbox', { name: /Section label/ })).toBeVisible();
        await look('agenda-item-edit');
        await page.keyboard.press('Escape');
        await expect(chair.agenda.entry('open floor')).toBeFocused();
        await look('agenda-focus');
        // Keyboard focus shows wherever Tab goes from there: the agenda, the panes, the toolbar.
        expect(await focusWithoutRing(page, 30)).toEqual([]);

        const replay = await CockpitReplay.start(ircd.host, ircd.port, {
          channel: CHANNEL,
          botNick: 'zodbot',
          chairNick: 'mvollmer',
          speedup: 200,
          maxPauseMs: 400,
        });
        const play = async (from: string, to: string | null) => {
          const last = await replay.play(from, to);
          if (last) await expect(chair.line(last.text).last()).toBeVisible();
        };
        try {
          await chair.connect({
            server: ircd.host,
            port: ircd.port,
            nick: 'chair',
            channel: CHANNEL,
          });
          await chair.expectJoined(CHANNEL);
          await look('meeting-joined');
          await expectTranscriptLargest(page, 'joined');

          await chair.press('Control+Enter');
          await expect(chair.dialog).toHaveAccessibleName('Start the meeting');
          await look('dialog-start');
          await page.keyboard.type('meeting');
          await chair.press('Enter');
          await expect(chair.panes.status).toHaveAttribute('data-meeting', 'live');
          // The notice about the agenda prepared offline is gone once the meeting is under way.
          await expect(chair.agenda.note).toBeHidden();

          await play('13:00:44', '13:02:42');
          await chair.press('Alt+KeyT');
          await expect(chair.dialog).toHaveAccessibleName('Set a topic');
          await look('dialog-topic');
          await page.keyboard.type('Agenda');
          await chair.press('Enter');
          await expect(chair.dialog).toBeHidden();
          await play('13:02:42', '13:05:40');

          await chair.press('Alt+KeyN');
          await expect(chair.agenda.current).toContainText('image pruning');
          await play('13:05:40', '13:08:43');
          await chair.press('Alt+KeyI');
          await expect(
            chair.dialog.getByRole('radio', { name: 'Info', exact: true }),
          ).toBeChecked();
          await look('dialog-item');
          await page.keyboard.type(
            'stefw provisioned 300G of persistent storage on verifymachine5',
          );
          await chair.press('Enter');
          await expect(chair.dialog).toBeHidden();
          await play('13:08:43', '13:16:00');
          await chair.addItem(
            'Alt+KeyG',
            'Agreed',
            'share test images between cockpit/tests containers, chip away at it piece by piece',
          );
          await chair.addItem('Alt+KeyA', 'Action', 'stefw to write up how the bots share images');
          await glance(page, look, 'Alt+KeyC', 'Chairs', 'dialog-chairs');
          // The dialogs that ask first: taking back the last item, disconnecting mid-meeting.
          await page.getByRole('button', { name: 'Undo last item' }).click();
          await expect(chair.dialog).toHaveAccessibleName('Take back the last item?');
          await look('dialog-undo-item');
          await chair.press('Escape');
          await expect(chair.dialog).toBeHidden();
          await header.button('Disconnect').click();
          await expect(chair.dialog).toHaveAccessibleName('Disconnect during the meeting?');
          await look('dialog-disconnect');
          await chair.press('Escape');
          await expect(chair.dialog).toBeHidden();

          // A busy meeting: the Participants header keeps Roll call on its line.
          const people = page.getByTestId('pane-people');
          const heading = await people.getByRole('heading', { name: 'Participants' }).boundingBox();
          const rollCall = await people.getByRole('button', { name: 'Roll call' }).boundingBox();
          expect(
            Math.abs(heading!.y + heading!.height / 2 - (rollCall!.y + rollCall!.height / 2)),
          ).toBeLessThan(8);

          await play('13:16:00', '13:26:12');
          await chair.press('Alt+KeyN');
          await expect(chair.agenda.current).toContainText('application manager');
          await play('13:26:12', '13:41:16');
          await look('meeting-live');
          await expectTranscriptLargest(page, 'live meeting');
          await chair.find('youtube');
          await expect(chair.findPosition).toHaveText('1 of 1');
          await look('find-bar');
          await chair.press('Escape');
          // Find leaves the transcript at the match; End goes back to the newest line.
          await chair.transcriptList.press('End');

          await chair.press('Alt+KeyV');
          await expect(chair.dialog).toHaveAccessibleName('Start a vote');
          await look('dialog-vote');
          await page.keyboard.type('Release the application manager once the spec is updated?');
          await chair.press('Tab');
          await chair.press('Control+KeyA');
          await page.keyboard.type('yes, no');
          await chair.press('Enter');
          await expect(chair.panes.vote).toBeVisible();
          replay.bot('pitti').say(CHANNEL, '#vote yes');
          replay.bot('andreasn').say(CHANNEL, '#vote yes');
          replay.bot('dperpeet').say(CHANNEL, '#vote no');
          // Not a command MeetBot knows: drawn as talk, with the reason.
          replay.bot('garrett').say(CHANNEL, '#topic lunch');
          replay.bot('garrett').say(CHANNEL, '#frobnicate the release');
          await expect(chair.line('#frobnicate the release')).toContainText(
            'not a MeetBot command',
          );
          await expect(chair.line('#frobnicate the release')).not.toHaveAttribute('data-mark');
          // A non-chair's #topic: talk, with why, and the topic stays the chair's.
          await expect(chair.line('#topic lunch')).toContainText('only chairs can set the topic');
          await expect(chair.line('#topic lunch')).not.toHaveAttribute('data-mark');
          await expect(page.getByTestId('current-topic')).toContainText('application manager');
          await expect(
            chair.panes.vote.getByRole('listitem').filter({ hasText: 'yes' }),
          ).toContainText('2');
          await look('meeting-live-vote');
          await expectTranscriptLargest(page, 'live meeting with a vote');
          // A running meeting's minutes say how far they go, not that it ended.
          await chair.press('Alt+KeyS');
          await expect(
            chair.dialog.getByText(/Meeting under way: minutes so far at/),
          ).toBeVisible();
          await expect(chair.dialog.getByText(/Meeting ended at/)).toHaveCount(0);
          await chair.press('Escape');
          await expect(chair.dialog).toBeHidden();
          await chair.press('Alt+KeyV');
          await expect(chair.dialog).toHaveAccessibleName('End the vote?');
          await look('dialog-end-vote');
          await chair.press('Enter');
          await expect(chair.panes.vote).toBeHidden();

          await play('13:41:16', '13:42:33');
          await glance(page, look, '?', 'Keyboard shortcuts', 'dialog-shortcuts');
          await header.button('More').click();
          await expect(page.getByRole('menu', { name: 'More' })).toBeVisible();
          await look('menu-more');
          await page.keyboard.press('Escape');
          await expect(header.button('More')).toBeFocused();

          await chair.press('Control+Enter');
          await expect(chair.dialog).toHaveAccessibleName('End the meeting?');
          await look('dialog-end');
          await chair.press('Enter');
          await expect(chair.panes.status).toHaveAttribute('data-meeting', 'ended', {
            timeout: 15_000,
          });
          await look('meeting-ended');
          await expectTranscriptLargest(page, 'ended meeting');

          // Save: the minutes dialog with its text preview, then the web page's, then Save.
          await chair.press('Alt+KeyS');
          const exporter = new ExportDialog(page);
          await expect(exporter.root).toBeVisible();
          await look('dialog-save-minutes');
          await exporter.previewFormat.selectOption({ label: 'Minutes, web page (MeetBot .html)' });
          await expect(
            exporter.preview.getByText('image pruning on servers / distributed storage').first(),
          ).toBeVisible();
          await look('dialog-save-minutes-html-preview');
          const files = await exporter.saveAll();
          const minutes = file(files, /\d\.txt$/);
          expect(minutes).toContain('image pruning on servers / distributed storage');
          expect(minutes).toContain('application manager, next steps');
          expect(minutes).toContain('stefw to write up how the bots share images');
          expect(minutes).toMatch(/Release the application manager/);
          await look('dialog-saved');
          await page.keyboard.press('Escape');
          await expect(exporter.root).toBeHidden();
        } finally {
          await replay.quit();
        }
        expect(errors).toEqual([]);
        expect(violations).toEqual([]);
        if (shots) {
          // The scan does find what it should: a button with no name is a critical violation.
          await page.evaluate(() => document.body.append(document.createElement('button')));
          expect((await seriousViolations(page, 'probe')).join('\n')).toContain('button-name');
        }
      });

    test(`at ${size.width}×${size.height} the views and dialogs after the meeting fit without the page scrolling`, async ({
      appPage: page,
    }, testInfo) => {
      await page.setViewportSize(size);
      const errors = consoleErrors(page);
      const header = new WindowHeader(page);
      const { look, violations } = looker(page, testInfo, shots);

      const importer = new ImportDialog(page);
      await importer.open();
      await look('dialog-import');
      expect(await importer.importLog(KAMAILIO)).toContain(KAMAILIO_TITLE);
      await page.keyboard.press('Escape');
      await expect(importer.root).toBeHidden();

      await header.show('History');
      await look('view-history');
      const reader = await new HistoryView(page).open('#sip-router', KAMAILIO_TITLE);
      await expect(reader.transcript.getByRole('listitem').first()).toBeVisible();
      await look('view-reader');

      const line = await reader.reveal('debs provided at deb.kamailio.org');
      // "Mark…" keeps no room on the right of a line's text: it shows over the line's end while
      // the pointer or the keyboard is on the line.
      const padding = await line
        .locator('.line')
        .evaluate((el) => getComputedStyle(el).paddingRight);
      expect(parseFloat(padding)).toBeLessThan(24);
      const markButton = line.getByRole('button', { name: 'Mark…' });
      await page.mouse.move(0, 0);
      await markButton.focus();
      await expect(markButton).toHaveCSS('opacity', '1');
      await markButton.click();
      const mark = page.getByRole('dialog', { name: 'Mark this line' });
      await expect(mark).toBeVisible();
      await look('dialog-mark');
      await page.keyboard.press('Escape');
      await expect(mark).toBeHidden();

      await reader.root.getByRole('button', { name: 'Digest…' }).click();
      await expect(reader.root.getByRole('region', { name: 'Digest' })).toContainText(
        'Topics follow the agenda',
      );
      await look('reader-digest');

      await header.show('History');
      await page.getByRole('button', { name: 'Export…' }).first().click();
      const exporter = new ExportDialog(page);
      await expect(exporter.root).toBeVisible();
      await exporter.format('Markdown page').check();
      await exporter.previewFormat.selectOption({ label: 'Markdown page' });
      await expect(exporter.preview.getByRole('heading').first()).toBeVisible();
      await look('dialog-export-preview');
      await page.keyboard.press('Escape');
      await expect(exporter.root).toBeHidden();

      await header.show('Search');
      const box = page.getByRole('searchbox', { name: 'Search all meetings' });
      await box.fill('packages');
      await box.press('Enter');
      await expect(
        page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first(),
      ).toBeVisible();
      await look('view-search');

      await header.show('Schedule');
      await look('view-schedule');

      await header.show('Meeting');
      const practice = new Practice(page);
      await header.choose('Practice…');
      await expect(practice.dialog).toBeVisible();
      await look('dialog-practice');
      await practice.dialog.getByRole('spinbutton', { name: 'Speed' }).fill('20');
      await practice.dialog.getByRole('button', { name: 'Start practice' }).click();
      await expect(practice.bar).toBeVisible();
      await expect(page.getByTestId('transcript-line').nth(3)).toBeVisible();
      await look('meeting-practice');
      await expectTranscriptLargest(page, 'practice');
      await practice.stop();

      expect(errors).toEqual([]);
      expect(violations).toEqual([]);
    });
  }
});

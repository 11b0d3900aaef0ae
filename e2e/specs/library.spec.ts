import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ChairWindow } from '../pages/chair-window';
import { ExportDialog } from '../pages/export-dialog';
import { HistoryView, ImportDialog, seedPath, WindowHeader } from '../pages/library-views';
import { expect, saveScreenshot, test } from '../fixtures/test';
import { file } from './support/files';
import { consoleErrors } from './support/layout';
import { saveElementShot } from './support/screenshots';
import { slowUploads } from './support/slow-link';

const KAMAILIO = seedPath('kamailio-devel-2012-01-31.md');
const COCKPIT = seedPath('cockpit-2017-05-08.log.txt');
const BUILDBOT = seedPath('buildbot-summit-notes.txt');
const KAMAILIO_TITLE = 'IRC Devel Meeting - 2012-01-31';
const IRSSI = new URL('../../shared/formats/importers/samples/irssi.log', import.meta.url).pathname;

/** A The Lounge log whose lines try to be markup, script and links of every kind. */
const HOSTILE = [
  '[2024-05-01T14:00:10.402Z] <@mallory> #startmeeting <img src=x onerror="window.pwned=1">',
  '[2024-05-01T14:00:20.000Z] <mallory> #topic <script>window.pwned=2</script> plans',
  '[2024-05-01T14:00:30.000Z] <mallory> #info see [click](javascript:window.pwned=3) and <b>bold</b>',
  '[2024-05-01T14:00:40.000Z] <mallory> #link javascript:window.pwned=4',
  '[2024-05-01T14:00:50.000Z] <mallory> #agreed <iframe src="https://example.org"></iframe> ok',
  '[2024-05-01T14:01:00.000Z] <mallory> #endmeeting',
].join('\n');

/** Every minutes format the export dialog offers, by its checkbox label. */
const FORMAT_LABELS = [
  'Minutes, text (MeetBot .txt)',
  'Minutes, web page (MeetBot .html)',
  'Full log, text (.log.txt)',
  'Full log, web page (.log.html)',
  'Markdown page',
  'MediaWiki page',
  'MoinMoin page',
  'DokuWiki page',
  'JSON (gavel.minutes/1)',
];

test.describe('after the meeting', () => {
  test.setTimeout(120_000);

  test('imports each seed, marks topics on the Kamailio transcript and exports every format', async ({
    appPage: page,
  }, testInfo) => {
    const header = new WindowHeader(page);
    const importer = new ImportDialog(page);
    await importer.open();
    expect(await importer.importLog(KAMAILIO)).toContain(KAMAILIO_TITLE);
    expect(await importer.importLog(COCKPIT, '#cockpit')).toMatch(/Imported \d+ lines/);
    // An agenda outline has no transcript: said so, and offered as the channel's agenda.
    await importer.start(BUILDBOT);
    await expect(importer.alert).toContainText('agenda but no transcript');
    await saveElementShot(importer.root, testInfo, 'dialog-import');
    await importer.root.getByRole('button', { name: 'Use it as the agenda' }).click();
    const agenda = page.getByRole('dialog', { name: 'Import an agenda' });
    await expect(agenda).toContainText('Agree on practices and policies');
    await agenda.getByRole('button', { name: 'Cancel' }).click();

    await header.show('History');
    const history = new HistoryView(page);
    await expect(history.rows).toHaveCount(2);
    await expect(history.row('#cockpit')).toContainText('imported');
    await saveElementShot(
      page.getByRole('region', { name: 'Past meetings' }),
      testInfo,
      'view-history',
    );

    const reader = await history.open('#sip-router', KAMAILIO_TITLE);
    await expect(reader.transcript.getByRole('listitem').first()).toBeVisible();
    // The page's own sections are topics already; the chair adds finer ones and items.
    await reader.mark('debs provided at deb.kamailio.org', 'Start a topic here', 'Debian packages');
    await reader.mark('I made an OpenSUSE Build Service', 'Start a topic here', 'RPMs on OBS');
    await reader.mark(
      "we're using jenkins to build our internal debs",
      'Action',
      'agranig describes the jenkins setup',
    );
    await expect(reader.outline.getByRole('button', { name: 'Debian packages' })).toBeVisible();
    await expect(reader.outline.getByRole('button', { name: 'RPMs on OBS' })).toBeVisible();
    await expect(reader.actions).toContainText('agranig describes the jenkins setup');
    // Ticked off after the meeting, and still done when the meeting is opened again.
    const jenkins = reader.actions.getByRole('checkbox', {
      name: 'agranig describes the jenkins setup',
    });
    await jenkins.check();
    await expect(reader.actions).toContainText('Done · Owners: agranig');
    await reader.root.getByRole('button', { name: 'Back to all meetings' }).click();
    await history.open('#sip-router', KAMAILIO_TITLE);
    await expect(jenkins).toBeChecked();
    await expect(
      reader.charts.getByRole('figure', { name: 'Lines said per person' }),
    ).toBeVisible();
    await saveElementShot(reader.root, testInfo, 'view-reader');
    // A mark taken back leaves the outline.
    const obs = await reader.reveal('I made an OpenSUSE Build Service');
    await obs.getByRole('button', { name: /^Remove mark/ }).click();
    await expect(reader.outline.getByRole('button', { name: 'RPMs on OBS' })).toHaveCount(0);

    await reader.root.getByRole('button', { name: 'Export…' }).click();
    const exporter = new ExportDialog(page);
    await expect(exporter.root).toBeVisible();
    for (const label of FORMAT_LABELS) await exporter.format(label).check();
    await exporter.charts.check();
    await expect(exporter.fileNames).toHaveCount(FORMAT_LABELS.length);
    await exporter.previewFormat.selectOption({ label: 'Markdown page' });
    await expect(
      exporter.preview.getByRole('heading', { name: 'Debian packages' }).first(),
    ).toBeVisible();
    await expect(
      exporter.preview.locator('script, style, iframe, [onerror], [onload]'),
    ).toHaveCount(0);
    await saveElementShot(exporter.root, testInfo, 'dialog-export');
    // Copy puts the previewed format's text on the clipboard, for pasting into a wiki editor.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await exporter.copy.click();
    await expect(exporter.root.getByRole('status').filter({ hasText: 'Copied.' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^# IRC Devel Meeting - 2012-01-31/);
    expect(copied).toContain('### Debian packages');

    const files = await exporter.saveAll();
    expect(files.size).toBe(FORMAT_LABELS.length);
    const markdown = file(files, /\.md$/);
    expect(markdown).toContain('Debian packages');
    // Charts in the page: lines said per person, and topic times against the agenda's plan.
    expect(markdown).toContain('## Charts');
    expect(markdown).toMatch(/Lines said per person[\s\S]*miconda/);
    expect(markdown).toContain('Topic time');
    expect(file(files, /\.mw$/)).toContain('Debian packages');
    expect(file(files, /\.moin\.txt$/)).toContain('Debian packages');
    expect(file(files, /(?<!\.log|\.moin|\.dokuwiki)\.txt$/)).toContain(
      'agranig describes the jenkins setup',
    );
    expect(file(files, /\.dokuwiki\.txt$/)).toContain('==== Debian packages ====');
    const html = file(files, /(?<!log)\.html$/);
    expect(html).toContain('<svg');
    expect(file(files, /\.log\.html$/)).toContain('jenkins');
    expect(file(files, /\.log\.txt$/)).toContain('OpenSUSE Build Service');
    const json = JSON.parse(file(files, /\.json$/)) as {
      topics: { title: string | null }[];
      actions: { text: string }[];
    };
    expect(json.topics.map((t) => t.title)).toContain('Debian packages');
    expect(json.topics.map((t) => t.title)).not.toContain('RPMs on OBS');
    expect(json.actions.map((a) => a.text)).toContain('agranig describes the jenkins setup');

    await exporter.makeEmail('sr-dev@lists.example.org', 'Kamailio devel meeting minutes');
    const mailto = exporter.email.getByRole('link', { name: 'Open in mail app' });
    await expect(mailto).toHaveAttribute('href', /^mailto:sr-dev@lists\.example\.org\?/);
    const [eml] = await Promise.all([
      page.waitForEvent('download'),
      exporter.email.getByRole('link', { name: 'Download .eml' }).click(),
    ]);
    const draft = await readFile(await eml.path(), 'utf8');
    expect(draft).toMatch(/^To: sr-dev@lists\.example\.org\r?$/m);
    expect(draft).toContain('Debian packages');
    await saveElementShot(exporter.root, testInfo, 'dialog-export-email');
  });

  test('a dropped log is imported; a large one shows its progress and can be cancelled', async ({
    appPage: page,
    dataDir,
  }, testInfo) => {
    const cockpit = await readFile(COCKPIT, 'utf8');
    const dropped = await page.evaluateHandle((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'cockpit-2017-05-08.log.txt', { type: 'text/plain' }));
      return data;
    }, cockpit);
    await page.dispatchEvent('main, body', 'dragenter', { dataTransfer: dropped });
    await expect(
      page.getByRole('status').filter({ hasText: 'Drop a log to import it' }),
    ).toBeVisible();
    await page.dispatchEvent('body', 'dragover', { dataTransfer: dropped });
    await page.dispatchEvent('body', 'drop', { dataTransfer: dropped });
    const importer = new ImportDialog(page);
    await expect(importer.root).toContainText('cockpit-2017-05-08.log.txt');
    await importer.root.getByLabel('Channel').fill('#cockpit');
    await importer.root.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(importer.imported).toBeVisible();
    await importer.root.getByRole('button', { name: 'Import another' }).click();

    // About 48 MB: the upload goes in 2 MiB parts with a progress bar, and Cancel stops it.
    // The link is slowed so that the upload is still under way when Cancel is pressed; the
    // Electron target's parts go over IPC, which cannot be slowed, so the browser target alone
    // takes this half.
    const restoreLink = await slowUploads(page, testInfo, 250);
    if (!restoreLink) return;
    const big = join(dataDir, 'big.log.txt');
    const body = cockpit.split('\n').slice(4).join('\n');
    await writeFile(big, body.repeat(Math.ceil(48_000_000 / body.length)));
    await importer.start(big, '#cockpit');
    await expect(importer.progress).toBeVisible();
    await expect(importer.progress).toHaveAttribute(
      'aria-valuetext',
      /Uploading [\d.]+ of [\d.]+ MiB/,
    );
    await saveElementShot(importer.root, testInfo, 'dialog-import-progress');
    await importer.root.getByRole('button', { name: 'Cancel' }).click();
    await expect(
      importer.root.getByRole('status').filter({ hasText: 'Import cancelled.' }),
    ).toBeVisible();
    await expect(importer.progress).toBeHidden();
    await restoreLink();
    await importer.root.getByRole('button', { name: 'Close' }).click();

    await new WindowHeader(page).show('History');
    await expect(new HistoryView(page).rows).toHaveCount(1);
  });

  test('a log that asks for its zone, and a hostile log that stays text everywhere', async ({
    appPage: page,
    dataDir,
  }, testInfo) => {
    const errors = consoleErrors(page);
    const importer = new ImportDialog(page);
    await importer.open();
    // irssi writes clock times without a zone: Gavel asks, then imports.
    await importer.start(IRSSI);
    const details = importer.root.getByRole('region', { name: 'A few details' });
    await expect(details).toBeVisible();
    await details.getByLabel('Time zone').selectOption('Europe/Berlin');
    await saveElementShot(importer.root, testInfo, 'dialog-import-details');
    await details.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(importer.imported).toBeVisible();
    await importer.root.getByRole('button', { name: 'Import another' }).click();

    const hostile = join(dataDir, 'hostile.log');
    await writeFile(hostile, HOSTILE);
    await importer.importLog(hostile, '#evil');
    await importer.root.getByRole('button', { name: 'Close' }).click();
    await new WindowHeader(page).show('History');
    const history = new HistoryView(page);
    await expect(history.rows).toHaveCount(2);
    await history.row('#evil').getByRole('button', { name: 'Open' }).click();
    const reader = page.getByRole('region', { name: /window\.pwned=1/ });
    await expect(reader.getByRole('list', { name: 'Transcript' })).toContainText('<script>');
    await expect(reader.locator('img, script, iframe, b')).toHaveCount(0);
    await expect(reader.locator('a[href^="javascript:"]')).toHaveCount(0);

    await reader.getByRole('button', { name: 'Export…' }).click();
    const exporter = new ExportDialog(page);
    // The preview offers the ticked formats: every one, here.
    for (const label of FORMAT_LABELS) await exporter.format(label).check();
    for (const label of FORMAT_LABELS) {
      await exporter.previewFormat.selectOption({ label });
      await expect(exporter.preview).toContainText('plans');
      await expect(
        exporter.preview.locator('img, script, iframe, style, [onerror], a[href^="javascript:"]'),
      ).toHaveCount(0);
    }
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
    // Previewing every format, web pages included, logs nothing (no CSP refusal of a style).
    expect(errors).toEqual([]);
  });

  test('search finds lines across meetings and jumps to one', async ({
    appPage: page,
  }, testInfo) => {
    const importer = new ImportDialog(page);
    await importer.open();
    await importer.importLog(KAMAILIO);
    await importer.importLog(COCKPIT, '#cockpit');
    await importer.root.getByRole('button', { name: 'Close' }).click();

    await new WindowHeader(page).show('Search');
    const view = page.getByRole('region', { name: 'Search all meetings' });
    const box = view.getByRole('searchbox', { name: 'Search all meetings' });
    const results = view.getByRole('list', { name: 'Search results' }).getByRole('listitem');
    await box.fill('packages');
    await box.press('Enter');
    await expect(results.first()).toBeVisible();
    await expect(results.filter({ hasText: '#sip-router' }).first()).toBeVisible();
    await expect(results.first().locator('mark').first()).toHaveText(/packages/i);

    // Filters: the Cockpit meeting's links only.
    await box.fill('');
    await view.getByRole('combobox', { name: 'Channel' }).selectOption({ label: '#cockpit' });
    await view.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'Link' });
    await box.fill('http');
    await box.press('Enter');
    await expect(results.first()).toBeVisible();
    const count = await results.count();
    for (let i = 0; i < count; i += 1) {
      await expect(results.nth(i)).toContainText('#cockpit');
      await expect(results.nth(i)).toContainText('link');
    }
    await saveElementShot(view, testInfo, 'view-search');

    const hit = results.first();
    const hitLine = (await hit.locator('mark').first().locator('..').textContent()) ?? '';
    await hit.getByRole('button', { name: 'Open at this line' }).click();
    const reader = page.getByRole('list', { name: 'Transcript' });
    const target = reader.getByRole('listitem').filter({ hasText: hitLine.trim().slice(0, 40) });
    await expect(target.first()).toBeInViewport();
  });

  test('practice replays the sample meeting and the chair drives it with the usual controls', async ({
    appPage: page,
  }, testInfo) => {
    await new WindowHeader(page).choose('Practice…');
    const dialog = page.getByRole('dialog', { name: 'Practice a meeting' });
    await expect(dialog.getByRole('radio', { name: 'The sample meeting' })).toBeChecked();
    await dialog.getByRole('spinbutton', { name: 'Speed' }).fill('20');
    await saveElementShot(dialog, testInfo, 'dialog-practice');
    await dialog.getByRole('button', { name: 'Start practice' }).click();
    await expect(dialog).toBeHidden();

    const chair = new ChairWindow(page);
    const bar = page.getByRole('region', { name: 'Practice' });
    await expect(bar).toContainText(/Practice replay of practice:#practice/);
    await expect(chair.line('#startmeeting Tern weekly')).toBeVisible({ timeout: 20_000 });
    await expect(chair.panes.status).toHaveAttribute('data-meeting', 'live');
    await chair.addItem('Alt+KeyI', 'Info', 'noted by the chair in practice');
    await expect(chair.line('noted by the chair in practice')).toBeVisible();
    await saveScreenshot(page, testInfo, 'window-practice');

    await bar.getByRole('button', { name: 'Pause' }).click();
    await expect(bar).toContainText('paused');
    await bar.getByRole('spinbutton', { name: 'Speed' }).fill('10');
    await bar.getByRole('button', { name: 'Resume' }).click();
    await saveElementShot(bar, testInfo, 'bar-practice');
    await bar.getByRole('button', { name: 'Stop practice' }).click();
    await expect(bar).toBeHidden();

    // The practice run is in the history, marked as practice.
    await new WindowHeader(page).show('History');
    await expect(new HistoryView(page).row('practice')).toHaveCount(1);
  });

  test('a channel’s schedule: world times, an .ics file and an announcement', async ({
    appPage: page,
  }, testInfo) => {
    await new WindowHeader(page).show('Schedule');
    await page.getByRole('combobox', { name: 'Channel' }).fill('#kamailio');
    await page.getByRole('button', { name: 'Show schedule' }).click();
    const form = page.getByRole('form', { name: 'Meeting time of #kamailio' });
    await form.getByLabel('Weekday').selectOption({ label: 'Tuesday' });
    await form.getByLabel('Time', { exact: true }).fill('15:00');
    await form.getByRole('combobox', { name: 'Time zone', exact: true }).fill('UTC');
    await form.getByLabel('Title').fill('Kamailio devel meeting');
    await form.getByLabel('IRC server').fill('irc.libera.chat');
    // The usual cities are there already; Kamailio's developers also meet from Bucharest.
    await expect(form.getByRole('list', { name: 'Cities' })).toContainText('Tokyo');
    await form.getByLabel('City name').fill('Bucharest');
    await form.getByLabel('City time zone').fill('Europe/Bucharest');
    await form.getByRole('button', { name: 'Add city' }).click();
    await expect(form.getByRole('list', { name: 'Cities' })).toContainText('Bucharest');
    await form.getByRole('button', { name: 'Save schedule' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Saved the meeting time of #kamailio.' }),
    ).toBeVisible();

    const next = page.getByRole('region', { name: 'Next meeting' });
    const times = next.getByRole('table', { name: 'Times around the world' });
    await expect(times.getByRole('row', { name: /Berlin/ })).toContainText(/1[67]:00/);
    await expect(times.getByRole('row', { name: /Bucharest/ })).toContainText(/1[78]:00/);
    await expect(times.getByRole('row', { name: /Tokyo/ })).toContainText(/00:00/);
    await expect(times.getByRole('row', { name: /Tokyo/ })).toContainText('+1 day');
    const announcement = await next.getByRole('textbox', { name: 'Announcement' }).inputValue();
    expect(announcement).toContain('15:00 UTC');
    expect(announcement).toMatch(/date -d @\d{10}/);
    const [ics] = await Promise.all([
      page.waitForEvent('download'),
      next.getByRole('link', { name: 'Download .ics' }).click(),
    ]);
    const calendar = await readFile(await ics.path(), 'utf8');
    expect(calendar).toContain('BEGIN:VCALENDAR');
    expect(calendar).toContain('Kamailio devel meeting');
    await saveElementShot(page.locator('.view').first(), testInfo, 'view-schedule');
  });
});

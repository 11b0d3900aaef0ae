import { ExportDialog } from '../pages/export-dialog';
import { HistoryView, ImportDialog, seedPath, WindowHeader } from '../pages/library-views';
import { expect, test } from '../fixtures/test';
import { file } from './support/files';
import { saveElementShot, saveWindowShot } from './support/screenshots';

const KAMAILIO = seedPath('kamailio-devel-2012-01-31.md');
const KAMAILIO_TITLE = 'IRC Devel Meeting - 2012-01-31';

test.describe('digest', () => {
  test.setTimeout(120_000);

  test('digests the Kamailio transcript with its agenda; accepted suggestions become marks and reach the export', async ({
    appPage: page,
  }, testInfo) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    const importer = new ImportDialog(page);
    await importer.open();
    expect(await importer.importLog(KAMAILIO)).toContain(KAMAILIO_TITLE);
    await importer.root.getByRole('button', { name: 'Close' }).first().click();
    await new WindowHeader(page).show('History');
    const reader = await new HistoryView(page).open('#sip-router', KAMAILIO_TITLE);
    await expect(reader.transcript.getByRole('listitem').first()).toBeVisible();

    await reader.root.getByRole('button', { name: 'Digest…' }).click();
    const panel = reader.root.getByRole('region', { name: 'Digest' });
    const suggestion = (said: string) =>
      panel
        .getByRole('list', { name: 'Suggestions' })
        .getByRole('listitem')
        .filter({ hasText: said });

    // The page's agenda reaches the digest: topics are its entries, where each is taken up.
    await expect(panel).toContainText('Topics follow the agenda (11 entries).');
    const topic = (title: string) =>
      panel
        .getByRole('list', { name: 'Suggestions' })
        .getByRole('listitem')
        .filter({ has: page.getByRole('textbox', { name: 'Words of the topic' }) })
        .filter({ hasText: /agenda item \d+ is taken up here/ })
        .filter({ has: page.locator(`input[value="${title}"]`) });
    // Where the page's own heading starts that topic, the suggestion is already in the minutes.
    const packaging = topic('packaging - ways to automate the process better');
    await expect(packaging).toContainText('Topic 95%');
    await expect(packaging).toContainText('agenda item 2 is taken up here');
    await expect(packaging).toContainText('Already in the minutes');
    const ids = topic('unique ids for user profiles');
    const ideas = topic('ideas for new features');
    await expect(ids).toContainText('agenda item 6 is taken up here');
    await expect(ideas).toContainText('agenda item 9 is taken up here');
    await ids.scrollIntoViewIfNeeded();
    await saveWindowShot(page, testInfo, 'window-reader-digest-agenda');
    await saveElementShot(panel, testInfo, 'reader-digest-agenda');

    // An agenda entry discussed inside another topic: the chair accepts it as a topic of its own.
    await ids.getByRole('button', { name: 'Accept' }).click();
    await expect(ids).toContainText('Accepted');
    await expect(
      reader.outline.getByRole('button', { name: 'unique ids for user profiles' }),
    ).toBeVisible();
    await ideas.getByRole('button', { name: 'Reject' }).click();
    await expect(ideas).toContainText('Rejected');

    // An action the chair accepts (a promise that says no when, so below "accept all"), with the
    // reason and source line shown beside it.
    const promise = suggestion('miconda: I will post some details later');
    await expect(promise).toContainText('Action 45%');
    await expect(promise).toContainText('miconda commits to it');
    await promise.getByRole('button', { name: 'Accept' }).click();
    await expect(promise).toContainText('Accepted');
    await expect(reader.actions).toContainText('miconda will post some details later');
    await expect(
      reader.outline.getByRole('button', { name: 'Action: miconda will post some details later' }),
    ).toBeVisible();

    // A link the chair rejects: nothing is marked.
    const link = suggestion('kamailio.org/wiki/start#tutorials');
    await link.getByRole('button', { name: 'Reject' }).click();
    await expect(link).toContainText('Rejected');
    await expect(reader.outline.getByRole('button', { name: /start#tutorials/ })).toHaveCount(0);

    await reader.root.getByRole('button', { name: 'Export…' }).click();
    const exporter = new ExportDialog(page);
    await expect(exporter.root).toBeVisible();
    await exporter.format('Markdown page').check();
    await exporter.previewFormat.selectOption({ label: 'Markdown page' });
    await expect(exporter.preview).toContainText('miconda will post some details later');
    await expect(exporter.preview).not.toContainText('start#tutorials like in');

    // The saved page has the accepted structure, and nothing rejected.
    const markdown = file(await exporter.saveAll(), /\.md$/);
    expect(markdown).toMatch(/^### Duplicated Modules$[\s\S]*^### unique ids for user profiles$/m);
    expect(markdown).not.toMatch(/^### ideas for new features$/m);
    expect(markdown).toContain('miconda will post some details later');
    expect(markdown).not.toMatch(/start#tutorials like in/);
  });
});

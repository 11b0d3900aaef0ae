import { ExportDialog } from '../pages/export-dialog';
import { HistoryView, ImportDialog, seedPath, WindowHeader } from '../pages/library-views';
import { expect, test } from '../fixtures/test';

const KAMAILIO = seedPath('kamailio-devel-2012-01-31.md');
const KAMAILIO_TITLE = 'IRC Devel Meeting - 2012-01-31';

test.describe('digest', () => {
  test.setTimeout(120_000);

  test('digests the Kamailio transcript; accepted suggestions become marks and reach the export', async ({
    appPage: page,
  }) => {
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

    // An action the chair accepts, with the reason and source line shown beside it.
    const promise = suggestion('miconda: I will post some details later');
    await expect(promise).toContainText('Action 55%');
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
  });
});

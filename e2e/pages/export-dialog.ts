import { expect, type Locator, type Page } from '@playwright/test';
import { zipTexts } from './zip-download';

/**
 * The export dialog ("Save the minutes", opened by Alt+S for the window's meeting or for any
 * meeting of the library), as a person sees it: by roles and labels.
 */
export class ExportDialog {
  readonly root: Locator;
  /** The group of format checkboxes ("Formats"). */
  readonly formats: Locator;
  readonly preset: Locator;
  readonly pattern: Locator;
  readonly charts: Locator;
  /** The paths the current choices give each ticked format. */
  readonly fileNames: Locator;
  readonly previewFormat: Locator;
  /** The scrolling preview of the picked format. */
  readonly preview: Locator;
  readonly copy: Locator;
  readonly save: Locator;
  /** Download links, in a window that cannot save into a folder. */
  readonly downloads: Locator;
  readonly email: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'Save the minutes' });
    this.formats = this.root.getByRole('group', { name: 'Formats' });
    this.preset = this.root.getByRole('combobox', { name: 'Naming preset' });
    this.pattern = this.root.getByRole('textbox', { name: 'File name pattern' });
    this.charts = this.root.getByRole('checkbox', { name: 'Include charts' });
    this.fileNames = this.root.getByRole('list', { name: 'File names' }).getByRole('listitem');
    this.previewFormat = this.root.getByRole('combobox', { name: 'Preview format' });
    this.preview = this.root.getByRole('region', { name: 'Preview' });
    this.copy = this.root.getByRole('button', { name: 'Copy to clipboard' });
    this.save = this.root.getByRole('button', { name: 'Save', exact: true });
    this.downloads = this.root.getByRole('list', { name: 'Minutes files' }).getByRole('link');
    this.email = this.root.getByRole('region', { name: 'Mailing-list e-mail' });
  }

  /** The checkbox of a format, by its label (e.g. `Markdown page`). */
  format(label: string): Locator {
    return this.formats.getByRole('checkbox', { name: label, exact: true });
  }

  /**
   * Presses Save in a window that cannot save into a folder: every chosen file comes at once, as
   * one `.zip`, and the dialog says so. Resolves with the files' texts by file name.
   */
  async saveAll(): Promise<Map<string, string>> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.save.click()]);
    expect(download.suggestedFilename()).toMatch(/\.zip$/);
    const files = await zipTexts(download);
    await expect(this.root.getByText(/^Downloaded .+\.zip with \d+ files?:/)).toBeVisible();
    await expect(this.downloads).toHaveCount(1);
    return files;
  }

  /** Fills To (and Subject) and makes the mailing-list draft; its links appear. */
  async makeEmail(to: string, subject?: string): Promise<void> {
    await this.email.getByRole('textbox', { name: 'To' }).fill(to);
    if (subject !== undefined)
      await this.email.getByRole('textbox', { name: 'Subject' }).fill(subject);
    await this.email.getByRole('button', { name: 'Make e-mail draft' }).click();
    await expect(this.email.getByRole('link', { name: 'Download .eml' })).toBeVisible();
  }
}

import { expect, type Locator, type Page } from '@playwright/test';
import { cycleTo, pressUntilFocused } from './keys';

/** The agenda pane: its entries, and the import dialog reached from the keyboard. */
export class AgendaPane {
  readonly root: Locator;
  /** Every entry's button, depth first (its name starts with the title). */
  readonly entries: Locator;
  /** The notice saying what the last agenda change did, with "Undo". */
  readonly note: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('pane-agenda');
    this.entries = this.root.locator('button.agenda-item');
    this.note = this.root.getByTestId('agenda-note');
  }

  /** The entry whose title starts with `title`. */
  entry(title: string): Locator {
    return this.root.getByRole('button', { name: new RegExp(`^${escape(title)}`) });
  }

  /** The entry marked as the current topic. */
  get current(): Locator {
    return this.root.locator('[aria-current="step"] > button.agenda-item');
  }

  /**
   * Imports `text` as the agenda, by keyboard only: F6 to the agenda pane, Tab to "Import…",
   * the text typed into the dialog, "Read agenda", then "Replace agenda".
   */
  async importByKeyboard(text: string): Promise<void> {
    const { page } = this;
    await cycleTo(page, this.root);
    await pressUntilFocused(page, this.root.getByRole('button', { name: 'Import…' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Import an agenda' });
    await expect(dialog.getByLabel('Outline or page text')).toBeFocused();
    await page.keyboard.insertText(text);
    await pressUntilFocused(page, dialog.getByRole('button', { name: 'Read agenda' }));
    await page.keyboard.press('Enter');
    const replace = dialog.getByRole('button', { name: 'Replace agenda' });
    await expect(replace).toBeVisible();
    await pressUntilFocused(page, replace);
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

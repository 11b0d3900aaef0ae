import { expect, type Locator, type Page } from '@playwright/test';

/** The agenda pane: its entries, and the import dialog reached from the keyboard. */
export class AgendaPane {
  readonly root: Locator;
  /** Every entry's button, depth first (its name starts with the title). */
  readonly entries: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('pane-agenda');
    this.entries = this.root.locator('button.agenda-item');
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
    const importButton = this.root.getByRole('button', { name: 'Import…' });
    await this.focusPane();
    for (let i = 0; i < 4 && !(await isFocused(importButton)); i++) await page.keyboard.press('Tab');
    await expect(importButton).toBeFocused();
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

  /** Moves focus to the agenda pane with F6 (it is the first pane). */
  async focusPane(): Promise<void> {
    for (let i = 0; i < 6 && !(await isFocused(this.root)); i++) await this.page.keyboard.press('F6');
    await expect(this.root).toBeFocused();
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === document.activeElement).catch(() => false);
}

/** Presses Tab until `target` has focus (at most 10 times). */
export async function pressUntilFocused(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 10 && !(await isFocused(target)); i++) await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
}

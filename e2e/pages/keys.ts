import { expect, type Locator, type Page } from '@playwright/test';

/** True when `locator`'s element has focus. */
export async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === document.activeElement).catch(() => false);
}

/** Presses Tab until `target` has focus (at most 10 times). */
export async function pressUntilFocused(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 10 && !(await isFocused(target)); i++) await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
}

/** Presses F6 until `pane` (one of the window's panes) has focus, at most once round them all. */
export async function cycleTo(page: Page, pane: Locator): Promise<void> {
  for (let i = 0; i < 6 && !(await isFocused(pane)); i++) await page.keyboard.press('F6');
  await expect(pane).toBeFocused();
}

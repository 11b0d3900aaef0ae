import type { Locator, Page, TestInfo } from '@playwright/test';

/** Saves a screenshot of one element (a pane) as a test artifact, in the output folder and attached. */
export async function saveElementShot(
  element: Locator,
  testInfo: TestInfo,
  name: string,
): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await element.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/**
 * Saves what the window shows (its viewport, not the whole scrollable document) as a test
 * artifact: the view as the chair sees it at the window's size.
 */
export async function saveWindowShot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

import type { Locator, TestInfo } from '@playwright/test';

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

import { expect, test } from '../fixtures/test';

test.describe('the desktop app', () => {
  test('serves its window from gavel://app in Electron, from loopback in browser mode', async ({
    appPage,
  }, testInfo) => {
    const expected =
      testInfo.project.name === 'electron' ? /^gavel:\/\/app\// : /^http:\/\/127\.0\.0\.1:\d+\//;
    expect(appPage.url()).toMatch(expected);
    await expect(appPage.getByRole('heading', { name: 'Gavel', level: 1 })).toBeVisible();
  });

  test('the menu’s keys import a log and open the preferences, whose theme is kept', async ({
    appPage,
  }) => {
    await expect(appPage.getByLabel('Server')).toBeVisible();
    await appPage.keyboard.press('Control+O');
    const importDialog = appPage.getByRole('dialog', { name: 'Import a log' });
    await expect(importDialog).toBeVisible();
    // An open dialog keeps the keys: the menu's key does not replace it.
    await appPage.keyboard.press('Control+Comma');
    await expect(importDialog).toBeVisible();
    await appPage.keyboard.press('Escape');
    await expect(importDialog).toBeHidden();

    await appPage.keyboard.press('Control+Comma');
    const preferences = appPage.getByRole('dialog', { name: 'Preferences' });
    await expect(preferences).toBeVisible();
    await preferences.getByRole('radio', { name: 'Dark', exact: true }).check();
    await expect(appPage.locator('html')).toHaveAttribute('data-theme', 'dark');
    await preferences.getByRole('button', { name: 'Close' }).click();

    // The theme is a setting the core saved: a reload (through the app's protocol in Electron)
    // comes back dark.
    await appPage.reload();
    await expect(appPage.locator('html')).toHaveAttribute('data-theme', 'dark');
  });
});

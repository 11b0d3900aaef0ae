import { ChairWindow } from '../pages/chair-window';
import { startHostProcess } from '../fixtures/browser-app';
import { expect, test } from '../fixtures/test';

test.describe('browser mode: the printed address opens one browser once', () => {
  test('the token is traded for an HttpOnly session and a kept address grants nothing', async ({
    browser,
    electronPath,
    dataDir,
    ircd,
  }) => {
    test.skip(!!electronPath, 'browser mode only');
    const host = await startHostProcess(dataDir);
    try {
      const mine = await browser.newContext();
      const page = await mine.newPage();
      await page.goto(host.url);
      const chair = new ChairWindow(page);
      await chair.connect({
        server: ircd.host,
        port: ircd.port,
        nick: 'chair',
        channel: '#access',
      });
      await chair.expectJoined('#access');
      // No secret is left where the browser keeps addresses, nor where a script could read one.
      expect(page.url()).not.toContain('token');
      expect(await page.evaluate(() => document.cookie)).toBe('');
      expect(await page.evaluate(() => JSON.stringify(sessionStorage))).toBe('{}');
      const cookies = await mine.cookies();
      expect(cookies).toHaveLength(1);
      expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: 'Strict', domain: '127.0.0.1' });
      // A reload keeps the session.
      await page.reload();
      await expect(chair.status).toContainText('#access');

      // The printed address, replayed from another browser's history: refused, and said so.
      const thief = await (await browser.newContext()).newPage();
      await thief.goto(host.url);
      // Said at once, not after the reconnection attempts, and the form is not offered.
      await expect(thief.getByTestId('connection-problem')).toContainText('no access token', {
        timeout: 2_000,
      });
      await expect(thief.getByRole('button', { name: 'Connect', exact: true })).toBeDisabled();

      // The fresh address the host printed opens a second browser, once.
      expect(await host.nextUrl()).toBe(host.url);
      const fresh = await host.nextUrl();
      expect(fresh).not.toBe(host.url);
      const other = await (await browser.newContext()).newPage();
      await other.goto(fresh);
      await expect(new ChairWindow(other).status).toContainText('#access');
    } finally {
      await host.stop();
    }
  });
});

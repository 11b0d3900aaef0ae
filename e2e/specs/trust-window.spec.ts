import { Bot } from '../../electron/testing/bot';
import { ChairWindow } from '../pages/chair-window';
import { Practice } from '../pages/practice';
import { expect, saveScreenshot, test } from '../fixtures/test';

const CHANNEL = '#trust';

test.describe('what the chair does never leaks', () => {
  test('a practice run is sealed: the live channel’s bot hears nothing of it', async ({
    appPage: page,
    ircd,
  }, testInfo) => {
    const listener = await Bot.connect({ host: ircd.host, port: ircd.port, nick: 'listener' });
    try {
      await listener.join(CHANNEL);
      const chair = new ChairWindow(page);
      await chair.connect({ server: ircd.host, port: ircd.port, nick: 'chair', channel: CHANNEL });
      await chair.expectJoined(CHANNEL);
      // The channel works: what the chair says there is heard.
      await chair.say(CHANNEL, 'before practice');
      await listener.waitForMessage((m) => m.text === 'before practice');
      const heard = listener.received.length;

      const practice = new Practice(page);
      await practice.startSample(20);
      await expect(page.getByLabel(`Message to ${CHANNEL}`)).toHaveCount(0);
      await chair.say('practice:#practice-1', 'hello from the practice');
      await expect(chair.line('hello from the practice')).toBeVisible();
      await chair.say('practice:#practice-1', '#info typed in practice');
      await expect(chair.line('#info typed in practice')).toBeVisible();
      await expect(chair.line('#startmeeting Tern weekly')).toBeVisible({ timeout: 20_000 });
      await chair.addItem('Alt+KeyI', 'Info', 'noted with the controls in practice');
      await expect(chair.line('noted with the controls in practice')).toBeVisible();
      // No drive mode to pick, and Alt+M does not switch to it.
      await expect(page.getByRole('radiogroup', { name: 'Meeting mode' })).toHaveCount(0);
      await expect(page.getByTestId('practice-mode')).toHaveText(
        'Quiet: a practice sends nothing anywhere',
      );
      await chair.press('Alt+KeyM');
      await expect(chair.panes.notice).toContainText('A practice stays in quiet mode');
      await page.setViewportSize({ width: 1366, height: 768 });
      await saveScreenshot(page, testInfo, 'practice-sealed');

      // Long enough for any stray line to reach the bot.
      await page.waitForTimeout(1500);
      expect(listener.received.slice(heard)).toEqual([]);

      await practice.stop();
      await chair.say(CHANNEL, 'after practice');
      await listener.waitForMessage((m) => m.text === 'after practice');
      expect(listener.received.slice(heard).map((m) => m.text)).toEqual(['after practice']);
    } finally {
      await listener.quit();
    }
  });
});

import { Bot } from '../../electron/testing/bot';
import { ChairWindow } from '../pages/chair-window';
import { expect, test } from '../fixtures/test';

const CHANNEL = '#burst';

test.describe('the transcript', () => {
  test('after a 300-line burst read from the top, one End reaches the newest line', async ({
    appPage,
    ircd,
  }) => {
    const talker = await Bot.connect({ host: ircd.host, port: ircd.port, nick: 'talker' });
    try {
      await talker.join(CHANNEL);
      const chair = new ChairWindow(appPage);
      await chair.connect({ server: ircd.host, port: ircd.port, nick: 'chair', channel: CHANNEL });
      await chair.expectJoined(CHANNEL);
      await chair.transcriptList.evaluate((el) => (el.scrollTop = 0));
      // Lines of every length, so rows measure unlike their estimates once shown.
      for (let n = 1; n <= 300; n++)
        talker.say(CHANNEL, `line ${n} ${'word '.repeat((n * 37) % 90)}`.trim());
      await expect(chair.line('line 300')).toHaveCount(1, { timeout: 20_000 });
      await chair.transcriptList.evaluate((el) => (el.scrollTop = 0));
      await expect(chair.newLines).toBeVisible();
      await chair.transcriptList.press('End');
      await expect(chair.line('line 300')).toBeInViewport();
      await expect(chair.newLines).toBeHidden();
      const gap = await chair.transcriptList.evaluate(
        (el) => el.scrollHeight - el.scrollTop - el.clientHeight,
      );
      expect(gap).toBeLessThanOrEqual(2);
    } finally {
      await talker.quit();
    }
  });
});

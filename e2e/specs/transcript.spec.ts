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

  test('a long transcript holds its newest lines and pages older ones in at the top', async ({
    appPage,
    ircd,
  }) => {
    test.setTimeout(120_000);
    const LINES = 6_600;
    const talker = await Bot.connect({ host: ircd.host, port: ircd.port, nick: 'talker' });
    try {
      await talker.join(CHANNEL);
      const chair = new ChairWindow(appPage);
      await chair.connect({ server: ircd.host, port: ircd.port, nick: 'chair', channel: CHANNEL });
      await chair.expectJoined(CHANNEL);
      for (let n = 1; n <= LINES; n++) talker.say(CHANNEL, `n=${n}; said`);
      await expect(chair.line(`n=${LINES};`)).toHaveCount(1, { timeout: 60_000 });
      // The window holds the newest 5,000 (less than 6,250 at any time while following).
      const held = Number(
        await chair.transcriptList.getByRole('listitem').first().getAttribute('aria-setsize'),
      );
      expect(held).toBeLessThan(LINES);
      // Scrolled to the top of what it holds, again and again, it pages the oldest lines in.
      for (let i = 0; i < 40 && (await chair.line('n=1;').count()) === 0; i++) {
        await chair.transcriptList.evaluate((el) => (el.scrollTop = 0));
        await appPage.waitForTimeout(150);
      }
      await expect(chair.line('n=1;')).toBeVisible();
      await chair.transcriptList.press('End');
      await expect(chair.line(`n=${LINES};`)).toBeInViewport();
    } finally {
      await talker.quit();
    }
  });
});

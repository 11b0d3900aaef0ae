import { Bot } from '../../electron/testing/bot';
import { ChairWindow } from '../pages/chair-window';
import { WindowHeader } from '../pages/library-views';
import { expect, test } from '../fixtures/test';
import { saveElementShot, saveWindowShot } from './support/screenshots';

const CHANNEL = '#kamailio';

test.describe('live hints', () => {
  test.setTimeout(90_000);

  test('a promise said in the channel is offered; Alt+A records it as the chair’s #action, and a decision in quiet mode stays in Gavel', async ({
    appPage: page,
    ircd,
  }, testInfo) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    const chair = new ChairWindow(page);
    const bots: Bot[] = [];
    try {
      await chair.connect({ server: ircd.host, port: ircd.port, nick: 'chair', channel: CHANNEL });
      await chair.expectJoined(CHANNEL);
      for (const nick of ['miconda', 'oej', 'osas']) {
        const bot = await Bot.connect({ host: ircd.host, port: ircd.port, nick });
        await bot.join(CHANNEL);
        bots.push(bot);
      }
      const [miconda, oej, osas] = bots as [Bot, Bot, Bot];
      await chair.startMeeting('devel');
      await oej.waitForMessage((m) => m.text === '#startmeeting devel');

      // The chair is typing in the say box; the hint appears without taking the focus.
      const say = page.getByLabel(`Message to ${CHANNEL}`);
      await say.click();
      miconda.say(CHANNEL, "I'll send the tarballs Monday");
      const hint = page.getByRole('complementary', { name: 'Hint' });
      await expect(hint).toContainText(
        "Alt+A to record: ‘I'll send the tarballs Monday’ — miconda",
      );
      await expect(say).toBeFocused();
      await saveWindowShot(page, testInfo, 'window-live-hint');
      await saveElementShot(hint, testInfo, 'live-hint');

      // Drive mode: Alt+A opens the usual action dialog pre-filled; Enter says it in the channel.
      await chair.press('Alt+KeyA');
      await expect(chair.dialog).toHaveAccessibleName('Add action');
      await expect(chair.dialog.getByRole('textbox', { name: 'Action' })).toHaveValue(
        'miconda will send the tarballs Monday',
      );
      await expect(hint).toBeHidden();
      await chair.press('Enter');
      await expect(chair.dialog).toBeHidden();
      await expect(
        oej.waitForMessage((m) => m.text === '#action miconda will send the tarballs Monday'),
      ).resolves.toMatchObject({ nick: 'chair' });
      await expect(chair.panes.actions.getByRole('region', { name: 'miconda' })).toContainText(
        'miconda will send the tarballs Monday',
      );
      await expect(say).toBeFocused();

      // Quiet mode: a supported proposal is offered; Alt+G records it in Gavel only.
      await chair.press('Alt+KeyM');
      await expect(chair.panes.status).toContainText(/quiet/i);
      oej.say(CHANNEL, 'proposal: tag 3.3.0 at the end of March');
      await expect(chair.line('proposal: tag 3.3.0')).toBeVisible();
      osas.say(CHANNEL, '+1');
      await expect(chair.line('+1')).toBeVisible();
      miconda.say(CHANNEL, '+1');
      await expect(hint).toContainText(
        'Alt+G to record: ‘proposal: tag 3.3.0 at the end of March’ — oej',
      );
      await chair.press('Alt+KeyG');
      await expect(chair.dialog.getByRole('textbox', { name: 'What was agreed' })).toHaveValue(
        'tag 3.3.0 at the end of March',
      );
      await chair.press('Enter');
      await expect(chair.dialog).toBeHidden();
      await expect(chair.panes.timeline).toContainText('tag 3.3.0 at the end of March');
      await expect(oej.waitForMessage((m) => m.text.startsWith('#agreed'), 1500)).rejects.toThrow(
        /heard no matching message/,
      );

      // Esc puts a hint away.
      osas.say(CHANNEL, 'oej: can you review the tls patch?');
      oej.say(CHANNEL, 'sure');
      await expect(hint).toContainText('oej: can you review the tls patch?');
      await chair.press('Escape');
      await expect(hint).toBeHidden();
    } finally {
      await Promise.all(bots.map((b) => b.quit()));
    }
  });

  test('a practice replay of the sample meeting offers a request someone said yes to; Alt+A records it', async ({
    appPage: page,
  }) => {
    await new WindowHeader(page).choose('Practice…');
    const dialog = page.getByRole('dialog', { name: 'Practice a meeting' });
    await dialog.getByRole('spinbutton', { name: 'Speed' }).fill('20');
    await dialog.getByRole('button', { name: 'Start practice' }).click();
    await expect(dialog).toBeHidden();

    const chair = new ChairWindow(page);
    const bar = page.getByRole('region', { name: 'Practice' });
    const hint = page.getByRole('complementary', { name: 'Hint' });
    // "tomasz, can you review it?" — "sure": at 20× about 14 s into the replay.
    await expect(hint).toContainText('to record: ‘tomasz, can you review it?’ — maren', {
      timeout: 40_000,
    });
    await bar.getByRole('button', { name: 'Pause' }).click();
    await expect(bar).toContainText('paused');
    await expect(hint).toContainText('tomasz, can you review it?');
    await chair.press('Alt+KeyA');
    await expect(chair.dialog.getByRole('textbox', { name: 'Action' })).toHaveValue(
      'tomasz: can you review it?',
    );
    await chair.press('Enter');
    await expect(chair.dialog).toBeHidden();
    await expect(chair.panes.actions.getByRole('region', { name: 'tomasz' })).toContainText(
      'tomasz: can you review it?',
    );
    await expect(hint).toBeHidden();
    await bar.getByRole('button', { name: 'Stop practice' }).click();
    await expect(bar).toBeHidden();
  });
});

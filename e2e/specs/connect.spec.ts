import { Bot } from '../../electron/testing/bot';
import { ChairWindow } from '../pages/chair-window';
import { expect, saveScreenshot, test } from '../fixtures/test';

test.describe('connecting to a real IRC server', () => {
  test('a participant’s line appears live, and the chair’s line reaches the channel', async ({
    appPage,
    ircd,
  }, testInfo) => {
    const alice = await Bot.connect({ host: ircd.host, port: ircd.port, nick: 'alice' });
    try {
      await alice.join('#meet');
      const chair = new ChairWindow(appPage);
      await chair.connect({ server: ircd.host, port: ircd.port, nick: 'chair', channel: '#meet' });
      await chair.expectJoined('#meet');

      alice.say('#meet', 'good morning <b>all</b> & welcome');
      await expect(chair.line('good morning <b>all</b> & welcome')).toBeVisible();
      // Channel text is text: no element was made from it.
      await expect(chair.transcript.locator('b')).toHaveCount(0);

      await chair.say('#meet', 'morning alice, shall we start?');
      const heard = await alice.waitForMessage((m) => m.text === 'morning alice, shall we start?');
      expect(heard).toMatchObject({ nick: 'chair', target: '#meet', kind: 'message' });
      // The chair's own line is in the transcript exactly once.
      await expect(chair.line('morning alice, shall we start?')).toHaveCount(1);

      await saveScreenshot(appPage, testInfo, 'chair-window');
    } finally {
      await alice.quit();
    }
  });

  test('a refused connection is explained, a taken nick falls back, and the app stays usable', async ({
    appPage,
    ircd,
  }) => {
    const chair = new ChairWindow(appPage);
    // Port 1 on loopback: nothing listens there (binding it needs privileges no test uses).
    await chair.connect({ server: ircd.host, port: 1, nick: 'chair', channel: '#meet' });
    await expect(chair.alert).toContainText(/refused|could not connect/i);

    const squatter = await Bot.connect({ host: ircd.host, port: ircd.port, nick: 'chair' });
    try {
      await chair.connect({ server: ircd.host, port: ircd.port, nick: 'chair', channel: '#meet' });
      await chair.expectJoined('#meet');
      await expect(chair.status).toContainText('as chair_');
      await expect(chair.panes.notice).toContainText(
        'The nick chair is taken on this server, so Gavel is chair_ there.',
      );
    } finally {
      await squatter.quit();
    }
  });
});

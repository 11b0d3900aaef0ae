import { Bot } from '../../electron/testing/bot';
import { ChairWindow } from '../pages/chair-window';
import { expect, test } from '../fixtures/test';

test.describe('what a channel or a chair can overdo', () => {
  test('a bidi override from the channel cannot flip the transcript, and each line is isolated', async ({
    appPage,
    ircd,
  }) => {
    const alice = await Bot.connect({ host: ircd.host, port: ircd.port, nick: 'alice' });
    try {
      await alice.join('#meet');
      const chair = new ChairWindow(appPage);
      await chair.connect({ server: ircd.host, port: ircd.port, nick: 'chair', channel: '#meet' });
      await chair.expectJoined('#meet');
      alice.say('#meet', 'pay \u202eto mallory\u202c now');
      const row = chair.line('pay to mallory now');
      await expect(row).toBeVisible();
      expect(await row.textContent()).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
      await expect(row.locator('bdi.line-text')).toHaveCSS('unicode-bidi', 'isolate');
    } finally {
      await alice.quit();
    }
  });

  test('a chair who floods the send queue is told, and nothing more is queued', async ({
    appPage,
    ircd,
  }) => {
    const chair = new ChairWindow(appPage);
    await chair.connect({ server: ircd.host, port: ircd.port, nick: 'chair', channel: '#meet' });
    await chair.expectJoined('#meet');
    const input = appPage.getByLabel('Message to #meet');
    // Each send is about six IRC messages and one leaves a second; 200 may wait, so about the 40th
    // send is refused.
    const long = Array.from({ length: 250 }, (_, i) => `word${i}`).join(' ');
    for (let i = 0; i < 80; i++) {
      await input.fill(`${i} ${long}`);
      await input.press('Enter');
      // Each send settles before the next: taken (the box empties) or refused (the alert).
      await expect
        .poll(async () => (await chair.alert.isVisible()) || (await input.inputValue()) === '')
        .toBe(true);
      if (await chair.alert.isVisible()) break;
    }
    await expect(chair.alert).toContainText(/^Not sent: \d+ lines are still waiting to go out/);
    await expect(input).not.toHaveValue('');
  });
});

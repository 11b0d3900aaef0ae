import { Bot } from '../../electron/testing/bot';
import { ROLL_CALL_LINE } from '../../shared/domain/roll-call';
import { ChairWindow } from '../pages/chair-window';
import { expect, test } from '../fixtures/test';
import { saveElementShot } from './support/screenshots';

const CHANNEL = '#people';

test.describe('who is there', () => {
  test('everyone in the channel is listed at #startmeeting, a nick change keeps one row, and the roll call marks who answered', async ({
    appPage,
    ircd,
  }, testInfo) => {
    const bots: Bot[] = [];
    try {
      for (const nick of ['ibc', 'quiet', 'dcm']) {
        const bot = await Bot.connect({ host: ircd.host, port: ircd.port, nick });
        bots.push(bot);
        await bot.join(CHANNEL);
      }
      const [ibc, , dcm] = bots as [Bot, Bot, Bot];
      const chair = new ChairWindow(appPage);
      await chair.connect({ server: ircd.host, port: ircd.port, nick: 'chair', channel: CHANNEL });
      await chair.expectJoined(CHANNEL);
      await chair.startMeeting('people');

      const people = chair.panes.people;
      const row = (nick: string) =>
        people
          .getByTestId('person')
          .filter({ has: appPage.locator('.person-nick', { hasText: new RegExp(`^${nick}$`) }) });
      // None of the bots said a word, yet all of them are here from the start.
      await expect(people.getByTestId('person')).toHaveCount(4);
      for (const nick of ['ibc', 'quiet', 'dcm']) await expect(row(nick)).toContainText('present');
      await expect(people).toContainText('4 here');

      ibc.say(CHANNEL, 'morning');
      await expect(row('ibc')).toContainText('1 line');
      await ibc.changeNick('ibc_away');
      await expect(row('ibc_away')).toContainText('was ibc');
      await expect(row('ibc_away')).toContainText('1 line');
      await expect(row('ibc')).toHaveCount(0);
      await expect(people.getByTestId('person')).toHaveCount(4);

      await people.getByRole('button', { name: 'Roll call' }).click();
      await dcm.waitForMessage((m) => m.text === ROLL_CALL_LINE);
      await expect(row('dcm')).toContainText('not yet answered');
      dcm.say(CHANNEL, 'o/');
      await expect(row('dcm')).toContainText('✓ answered the roll call');
      await expect(row('quiet')).toContainText('not yet answered');
      await expect(people).toContainText('1 answered');
      await saveElementShot(people, testInfo, 'pane-people-roll-call');
    } finally {
      for (const bot of bots) await bot.quit();
    }
  });
});

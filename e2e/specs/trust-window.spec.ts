import { Bot } from '../../electron/testing/bot';
import { ChairWindow } from '../pages/chair-window';
import { Practice } from '../pages/practice';
import { expect, saveScreenshot, test } from '../fixtures/test';
import { file } from './support/files';
import { saveElementShot } from './support/screenshots';

const CHANNEL = '#trust';
const AGENDA = `# Weekly

- (maren) Intro (5 min)
- Release 2.3 (10 min)
  - (priya) Blockers (10 min)
  - Notes (5 min)
- Open floor
`;

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

  test('an agenda heading deleted by mistake comes back, nested entries and timeboxes too', async ({
    appPage: page,
    ircd,
  }, testInfo) => {
    const chair = new ChairWindow(page);
    await chair.connect({ server: ircd.host, port: ircd.port, nick: 'chair', channel: CHANNEL });
    await chair.expectJoined(CHANNEL);
    await chair.agenda.importByKeyboard(AGENDA);
    await expect(chair.agenda.entries).toHaveCount(5);

    await chair.agenda.entry('Release 2.3').focus();
    await chair.press('Delete');
    await expect(chair.agenda.entries).toHaveCount(2);
    await expect(chair.agenda.note).toContainText(
      'Removed “Release 2.3” and the 2 items in it (25 min planned).',
    );
    await expect(chair.agenda.entry('Open floor')).toBeFocused();
    await page.setViewportSize({ width: 1366, height: 768 });
    await saveScreenshot(page, testInfo, 'agenda-undo-notice');

    await chair.press('Control+KeyZ');
    await expect(chair.agenda.entries).toHaveCount(5);
    await expect(chair.agenda.entry('Blockers')).toContainText('priya · 10 min');
    await expect(chair.agenda.entry('Notes')).toContainText('5 min');
    await expect(chair.agenda.note).toContainText('Undone: Removed “Release 2.3”');

    // Undo works from the notice's button too, for a move.
    await chair.agenda.entry('Open floor').focus();
    await chair.press('Alt+ArrowUp');
    await expect(chair.agenda.note).toContainText('Moved “Open floor” up');
    await chair.agenda.note.getByRole('button', { name: 'Undo' }).click();
    await expect(chair.agenda.entries.last()).toContainText('Open floor');
  });

  test('ending with a vote open closes the vote first, so the minutes keep its result', async ({
    appPage: page,
    ircd,
  }, testInfo) => {
    const alice = await Bot.connect({ host: ircd.host, port: ircd.port, nick: 'alice' });
    const bob = await Bot.connect({ host: ircd.host, port: ircd.port, nick: 'bob' });
    try {
      await alice.join(CHANNEL);
      await bob.join(CHANNEL);
      const chair = new ChairWindow(page);
      await chair.connect({ server: ircd.host, port: ircd.port, nick: 'chair', channel: CHANNEL });
      await chair.expectJoined(CHANNEL);
      await chair.startMeeting('weekly');
      await chair.startVote('Ship 2.3 on Friday?', 'yes, no');
      alice.say(CHANNEL, '#vote yes');
      bob.say(CHANNEL, '#vote no');
      await expect(chair.panes.vote.getByRole('listitem').filter({ hasText: 'no' })).toContainText(
        '1',
      );

      await chair.press('Control+Enter');
      await expect(chair.dialog).toHaveAccessibleName('End the meeting?');
      await expect(
        chair.dialog.getByRole('checkbox', { name: /Close the open vote first/ }),
      ).toBeChecked();
      await expect(
        chair.dialog.getByRole('button', { name: 'Close the vote and end' }),
      ).toBeFocused();
      await saveElementShot(chair.dialog, testInfo, 'dialog-end-with-open-vote');
      await chair.press('Enter');
      await expect(chair.dialog).toBeHidden({ timeout: 15_000 });
      await expect(chair.panes.status).toHaveAttribute('data-meeting', 'ended');
      // The vote was closed in the channel before the meeting ended.
      await alice.waitForMessage((m) => m.nick === 'chair' && m.text === '#endmeeting');
      expect(
        alice.received.filter((m) => m.nick === 'chair').map((m) => m.text.split(' ')[0]),
      ).toEqual(['#startmeeting', '#startvote', '#endvote', '#endmeeting']);

      const files = await chair.saveMinutes();
      const minutes = JSON.parse(file(files, /\.json$/)) as {
        votes: { question: string; votes: Record<string, string>; result: string | null }[];
      };
      expect(minutes.votes).toEqual([
        expect.objectContaining({
          question: expect.stringContaining('Ship 2.3 on Friday'),
          votes: { alice: 'yes', bob: 'no' },
          result: expect.any(String),
        }),
      ]);
    } finally {
      await alice.quit();
      await bob.quit();
    }
  });

  test('Undo last item names a co-chair’s item before #undo; Disconnect mid-meeting asks', async ({
    appPage: page,
    ircd,
  }, testInfo) => {
    const cochair = await Bot.connect({ host: ircd.host, port: ircd.port, nick: 'cochair' });
    try {
      await cochair.join(CHANNEL);
      const chair = new ChairWindow(page);
      await chair.connect({ server: ircd.host, port: ircd.port, nick: 'chair', channel: CHANNEL });
      await chair.expectJoined(CHANNEL);
      await chair.startMeeting('weekly');
      await chair.addItem('Alt+KeyI', 'Info', 'the chair’s own note');
      cochair.say(CHANNEL, '#info cochair: the mirror is back up');
      await expect(chair.line('#info cochair: the mirror is back up')).toBeVisible();

      await page.getByRole('button', { name: 'Undo last item' }).click();
      await expect(chair.dialog).toHaveAccessibleName('Take back the last item?');
      await expect(chair.dialog).toContainText(
        '#undo removes the last item of the minutes: the info “cochair: the mirror is back up”, added by cochair — not you.',
      );
      await saveElementShot(chair.dialog, testInfo, 'dialog-undo-item');
      await page.waitForTimeout(300);
      expect(cochair.received.filter((m) => m.text === '#undo')).toEqual([]);
      await chair.dialog.getByRole('button', { name: 'Take it back' }).click();
      await cochair.waitForMessage((m) => m.nick === 'chair' && m.text === '#undo');

      await page.getByRole('banner').getByRole('button', { name: 'Disconnect' }).click();
      await expect(chair.dialog).toHaveAccessibleName('Disconnect during the meeting?');
      await saveElementShot(chair.dialog, testInfo, 'dialog-disconnect');
      await chair.dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(chair.status).toContainText(/joined|in channel/i);
      await page.getByRole('banner').getByRole('button', { name: 'Disconnect' }).click();
      await chair.dialog.getByRole('button', { name: 'Disconnect' }).click();
      await expect(chair.status).toHaveAttribute('data-state', 'disconnected');
    } finally {
      await cochair.quit();
    }
  });
});

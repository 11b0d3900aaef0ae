import { ChairWindow } from '../pages/chair-window';
import { pressUntilFocused } from '../pages/keys';
import { expect, saveScreenshot, test } from '../fixtures/test';
import { CockpitReplay } from './support/cockpit-replay';
import { file } from './support/files';
import { saveElementShot } from './support/screenshots';

const CHANNEL = '#cockpit';
const AGENDA = `# Cockpit weekly meeting

- (dperpeet) image pruning on servers / distributed storage (20 min)
- (mvollmer) application manager, next steps (15 min)
- open floor (5 min)
`;

test.describe('chairing a meeting from the keyboard', () => {
  // The seed meeting took 42 minutes; replayed 200 times faster it takes about 13 s.
  test.setTimeout(180_000);

  test('the Cockpit seed meeting, run end to end: agenda, topics, items, an action, a vote', async ({
    appPage,
    ircd,
  }, testInfo) => {
    const chair = new ChairWindow(appPage);
    const replay = await CockpitReplay.start(ircd.host, ircd.port, {
      channel: CHANNEL,
      botNick: 'zodbot',
      chairNick: 'mvollmer',
      speedup: 200,
      maxPauseMs: 400,
    });
    const heard = async (text: string | null) => {
      if (text !== null) await expect(chair.line(text).last()).toBeVisible();
    };
    try {
      await chair.connect({ server: ircd.host, port: ircd.port, nick: 'chair', channel: CHANNEL });
      await chair.expectJoined(CHANNEL);

      await chair.agenda.importByKeyboard(AGENDA);
      await expect(chair.agenda.entries).toHaveCount(3);
      await expect(chair.agenda.entry('image pruning')).toContainText('dperpeet · 20 min');
      await expect(appPage.getByTestId('agenda-planned')).toHaveText('40 min planned');

      // The seed's zodbot is not replayed: with no meeting bot in the channel, Gavel keeps the
      // minutes, votes included.
      await chair.startMeeting('meeting');
      const started = await replay
        .bot('pitti')
        .waitForMessage((m) => m.text.startsWith('#startmeeting'));
      expect(started).toMatchObject({ nick: 'chair', text: '#startmeeting meeting' });

      await heard((await replay.play('13:00:44', '13:02:42'))?.text ?? null);
      await chair.setTopic('Agenda');
      await heard((await replay.play('13:02:42', '13:05:40'))?.text ?? null);

      await chair.press('Alt+KeyN');
      await expect(chair.agenda.current).toContainText('image pruning');
      await expect(chair.line('#topic image pruning on servers / distributed storage')).toHaveCount(
        1,
      );
      await heard((await replay.play('13:05:40', '13:08:43'))?.text ?? null);
      await chair.addItem(
        'Alt+KeyI',
        'Info',
        'stefw provisioned 300G of persistent storage on verifymachine5',
      );
      await heard((await replay.play('13:08:43', '13:16:00'))?.text ?? null);
      await chair.addItem(
        'Alt+KeyG',
        'Agreed',
        'share test images between cockpit/tests containers (bittorrent), chip away at it piece by piece',
      );
      await chair.addItem('Alt+KeyA', 'Action', 'stefw to write up how the bots share images');
      await expect(chair.panes.action('stefw to write up')).toHaveCount(1);

      // Assign the action to dperpeet as well, from the keyboard: F6 to the actions pane.
      await chair.cycleTo(chair.panes.actions);
      const owners = chair.panes
        .action('stefw to write up')
        .getByRole('button', { name: /^Owners:/ });
      await pressUntilFocused(appPage, owners);
      await chair.press('Enter');
      await appPage.keyboard.press('Control+KeyA');
      await appPage.keyboard.type('stefw, dperpeet');
      await chair.press('Enter');
      await expect(chair.panes.action('stefw to write up')).toHaveCount(2);
      await expect(chair.panes.actions.getByRole('region', { name: 'dperpeet' })).toContainText(
        'stefw to write up',
      );

      await heard((await replay.play('13:16:00', '13:26:12'))?.text ?? null);
      await chair.press('Alt+KeyN');
      await expect(chair.agenda.current).toContainText('application manager');
      await heard((await replay.play('13:26:12', '13:41:16'))?.text ?? null);
      // Far up the transcript by now: find brings it back into view.
      await chair.find('youtube');
      await expect(chair.findPosition).toHaveText('1 of 1');
      await expect(chair.line('#link https://www.youtube.com/watch?v=Pmi6AJanRtk')).toHaveAttribute(
        'data-mark',
        'link',
      );
      await chair.press('Escape');
      await expect(chair.transcriptList).toBeFocused();

      await chair.startVote(
        'Release the application manager once the AppStream spec is updated?',
        'yes, no',
      );
      replay.bot('pitti').say(CHANNEL, '#vote yes');
      replay.bot('andreasn').say(CHANNEL, '#vote yes');
      replay.bot('dperpeet').say(CHANNEL, '#vote no');
      await expect(chair.panes.vote.getByRole('listitem').filter({ hasText: 'yes' })).toContainText(
        '2',
      );
      await expect(chair.panes.vote.getByRole('listitem').filter({ hasText: 'no' })).toContainText(
        '1',
      );
      await chair.endVote();
      await expect(chair.panes.vote).toBeHidden();
      // The chair is still up at the link: the vote's lines wait below, and End goes back to them.
      await expect(chair.newLines).toContainText(/\d+ new lines?/);
      await chair.transcriptList.press('End');
      await expect(chair.newLines).toBeHidden();
      await expect(chair.line('#vote no')).toBeVisible();

      await heard((await replay.play('13:41:16', '13:42:33'))?.text ?? null);
      await expect(chair.panes.spans).toHaveCount(3);
      await expect(chair.panes.span('image pruning')).toContainText(/INFO.*AGREED.*ACTION/i);
      await expect(chair.panes.span('application manager')).toContainText(/LINK.*VOTE/i);
      for (const pane of ['agenda', 'transcript', 'timeline', 'actions', 'people']) {
        await saveElementShot(appPage.getByTestId(`pane-${pane}`), testInfo, `pane-${pane}`);
      }
      await chair.endMeeting();
      await saveScreenshot(appPage, testInfo, 'chair-window-ended');

      const files = await chair.saveMinutes();
      const minutes = JSON.parse(file(files, /\.json$/)) as {
        schema: string;
        meeting: { startedBy: string };
        topics: { title: string | null; items: { type: string; nick: string; text: string }[] }[];
        actions: { text: string; owners: string[] }[];
        votes: { question: string; votes: Record<string, string> }[];
        people: { nick: string; lines: number }[];
      };
      expect(minutes.schema).toBe('gavel.minutes/1');
      expect(minutes.meeting.startedBy).toBe('chair');
      expect(minutes.topics.map((t) => t.title)).toEqual([
        'Agenda',
        'image pruning on servers / distributed storage',
        'application manager, next steps',
      ]);
      const items = minutes.topics.flatMap((t) =>
        t.items.map((i) => `${i.type} ${i.nick}: ${i.text}`),
      );
      expect(items).toEqual(
        expect.arrayContaining([
          'info chair: stefw provisioned 300G of persistent storage on verifymachine5',
          expect.stringMatching(
            /^agreed chair: share test images between cockpit\/tests containers/,
          ),
          'action chair: stefw to write up how the bots share images',
          'link andreasn: https://www.youtube.com/watch?v=Pmi6AJanRtk',
        ]),
      );
      // The owners the chair gave the action in the window, not only the nick in its words.
      expect(minutes.actions).toEqual([
        expect.objectContaining({
          text: 'stefw to write up how the bots share images',
          owners: ['stefw', 'dperpeet'],
        }),
      ]);
      expect(minutes.votes).toEqual([
        expect.objectContaining({
          question: expect.stringContaining('Release the application manager'),
          votes: { pitti: 'yes', andreasn: 'yes', dperpeet: 'no' },
        }),
      ]);
      expect(minutes.people.map((p) => p.nick)).toEqual(
        expect.arrayContaining([
          'stefw',
          'dperpeet',
          'mvollmer',
          'pitti',
          'andreasn',
          'garrett',
          'chair',
        ]),
      );
      const text = file(files, /\d\.txt$/);
      expect(text).toContain('image pruning on servers / distributed storage');
      expect(text).toContain('AGREED: share test images between cockpit/tests containers');
      expect(text).toContain('stefw to write up how the bots share images');
      expect(text.split(/Action items, by person/i)[1]).toMatch(
        /\* dperpeet\n {2}\* stefw to write up how the bots share images/,
      );
    } finally {
      await replay.quit();
    }
  });
});

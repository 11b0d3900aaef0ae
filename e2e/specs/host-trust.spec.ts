import { rmSync } from 'node:fs';
import { Bot } from '../../electron/testing/bot';
import { fillDisk, mountSmallDisk, unmountSmallDisk } from '../../electron/testing/small-disk';
import { startHostProcess } from '../fixtures/browser-app';
import { expect, test } from '../fixtures/test';
import { ChairWindow } from '../pages/chair-window';

test.describe('browser mode holds up', () => {
  test('an agenda file or text too large for the bridge is refused with a reason, and the host lives', async ({
    appPage,
    ircd,
    electronPath,
  }) => {
    test.skip(!!electronPath, 'browser mode only');
    const chair = new ChairWindow(appPage);
    await chair.connect({ server: ircd.host, port: ircd.port, nick: 'chair', channel: '#limits' });
    await chair.expectJoined('#limits');
    await chair.agenda.root.getByRole('button', { name: 'Import…' }).click();
    const dialog = appPage.getByRole('dialog', { name: 'Import an agenda' });
    // 1.5 MB: the picker allowed 2 MB, more than the socket took, and the host died of it.
    await dialog.getByLabel('Or pick a file').setInputFiles({
      name: 'agenda.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from('- item\n'.repeat(220_000)),
    });
    await expect(dialog.getByRole('alert')).toHaveText(
      'That file is too large for an agenda (over 512 KiB).',
    );
    await dialog.getByLabel('Outline or page text').fill(`- ${'a'.repeat(530_000)}`);
    await dialog.getByRole('button', { name: 'Read agenda' }).click();
    await expect(dialog.getByRole('alert')).toContainText('An agenda is at most 512 KiB of text.');
    // The host still answers: a line said now reaches the channel's transcript.
    await chair.say('#limits', 'still here');
    await expect(chair.line('still here')).toBeVisible();
  });

  test('a disk that fills mid-meeting is shown at once, with what is saved and an export', async ({
    browser,
    electronPath,
    ircd,
  }) => {
    test.skip(!!electronPath, 'browser mode only');
    const disk = mountSmallDisk(4);
    test.skip(disk === null, 'mounting a small tmpfs needs root');
    const host = await startHostProcess(disk!);
    const bot = await Bot.connect({ host: ircd.host, port: ircd.port, nick: 'amy' });
    try {
      const page = await browser.newPage();
      await page.goto(host.url);
      const chair = new ChairWindow(page);
      await chair.connect({ server: ircd.host, port: ircd.port, nick: 'chair', channel: '#full' });
      await chair.expectJoined('#full');
      await chair.startMeeting('Full disk');
      await bot.join('#full');
      bot.say('#full', 'before the disk filled');
      await expect(chair.line('before the disk filled')).toBeVisible();

      const filler = fillDisk(disk!);
      // Enough lines to need new pages of the full disk.
      for (let n = 1; n <= 40; n++)
        bot.say('#full', `during ${n} ${'of a meeting on a full disk '.repeat(3)}`);
      const alert = page.getByTestId('write-problem');
      await expect(alert).toBeVisible({ timeout: 5000 });
      await expect(alert).toHaveAttribute('role', 'alert');
      await expect(alert).toContainText(
        'Gavel cannot save the meeting “Full disk” to disk (ENOSPC',
      );
      await expect(alert).toContainText('kept in memory only');
      // Still recording: the lines are there, and the meeting so far can be exported.
      await expect(chair.line('during 40 ')).toBeVisible();
      await alert.getByRole('button', { name: 'Export the meeting so far…' }).click();
      await expect(page.getByRole('dialog', { name: 'Save the minutes' })).toBeVisible();
      await page.keyboard.press('Escape');

      rmSync(filler);
      await expect(alert).toBeHidden({ timeout: 10_000 });
    } finally {
      await bot.quit();
      await host.stop();
      unmountSmallDisk(disk!);
    }
  });
});

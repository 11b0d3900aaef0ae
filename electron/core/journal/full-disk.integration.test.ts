import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InvokeChannel } from '../../../shared/ipc/channels';
import { createDispatcher } from '../../../shared/ipc/dispatch';
import type { Payload, Req, Res } from '../../../shared/ipc/schemas';
import { Bot } from '../../testing/bot';
import { startNgircd, type Ngircd } from '../../testing/ngircd';
import { fillDisk, mountSmallDisk, unmountSmallDisk } from '../../testing/small-disk';
import { createCore } from '../create-core';
import { createConfBackend } from '../settings/conf-backend';
import { createConfLibrary } from '../store/conf-library';
import { MemorySecretStore } from '../store/secrets';
import { journalPath } from '../meetings/record/meeting-journal';
import { readJournal } from './read-journal';

const CHANNEL = '#fulldisk';

async function until(check: () => boolean | Promise<boolean>, what: string, ms = 10_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`${what} within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

let disk: string | null = null;
let ircd: Ngircd;
beforeAll(async () => {
  disk = mountSmallDisk(2);
  ircd = await startNgircd();
});
afterAll(async () => {
  await ircd?.stop();
  if (disk) unmountSmallDisk(disk);
});

describe('a disk that fills up mid-meeting', () => {
  it('tells the chair at once, keeps recording in memory, exports, and saves everything once there is room', async (ctx) => {
    if (!disk) return ctx.skip('mounting a small tmpfs needs root');
    const dataDir = disk;
    const logs: string[] = [];
    const core = createCore({
      shell: 'browser',
      version: '0.0.0-test',
      settings: createConfBackend(dataDir),
      library: createConfLibrary(dataDir),
      secrets: new MemorySecretStore(),
      dataDir,
      log: (level, message) => void logs.push(`${level}: ${message}`),
    });
    const states: Payload<'storage:state'>[] = [];
    core.subscribe((event, payload) => {
      if (event === 'storage:state') states.push(payload as Payload<'storage:state'>);
    });
    const dispatch = createDispatcher(core.handlers);
    const call = async <C extends InvokeChannel>(channel: C, req: Req<C>): Promise<Res<C>> => {
      const result = await dispatch(channel, req);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value as Res<C>;
    };
    const bot = await Bot.connect({ host: ircd.host, port: ircd.port, nick: 'amy' });
    try {
      await call('irc:connect', {
        server: ircd.host,
        port: ircd.port,
        tls: false,
        nick: 'chair',
        channel: CHANNEL,
      });
      await until(async () => (await call('irc:getStatus', {})).state === 'joined', 'joined');
      const meeting = await call('meeting:start', {
        channel: CHANNEL,
        title: 'Full disk',
        mode: 'quiet',
      });
      await bot.join(CHANNEL);
      const said = async (text: string) =>
        (
          await call('history:lines', { meetingId: meeting.id, afterSeq: 0, limit: 500 })
        ).lines.some((l) => l.text.includes(text));
      bot.say(CHANNEL, 'before the disk filled');
      await until(() => said('before the disk filled'), 'the first line recorded');

      const filler = fillDisk(dataDir);
      const started = Date.now();
      for (let n = 1; n <= 20; n++) bot.say(CHANNEL, `during ${n}`);
      // The chair hears of it at once, with what is not saved.
      await until(
        () => states.some((s) => s.problems.some((p) => p.kind === 'journal')),
        'a storage problem',
      );
      const noticedMs = Date.now() - started;
      const problem = states.find((s) => s.problems.length > 0)!.problems[0]!;
      expect(problem).toMatchObject({
        kind: 'journal',
        meetingId: meeting.id,
        reason: expect.stringMatching(/ENOSPC/),
      });
      expect(noticedMs).toBeLessThan(3000);
      // The meeting goes on in memory, and can be exported from there.
      await until(() => said('during 20'), 'every line recorded in memory');
      const exported = await call('export:render', { meetingId: meeting.id, formats: ['txt'] });
      expect(exported.files.map((f) => f.text).join('')).toContain('Full disk');
      // A settings write fails too, and says so.
      expect(await dispatch('settings:set', { theme: 'dark' })).toMatchObject({
        ok: false,
        error: { code: 'settings-not-saved' },
      });
      expect(
        states
          .at(-1)
          ?.problems.map((p) => p.kind)
          .sort(),
      ).toEqual(['journal', 'settings']);

      // Room again: the retry saves every line, once, and the chair is told.
      rmSync(filler);
      await until(
        () => states.at(-1)?.problems.every((p) => p.kind !== 'journal') ?? false,
        'journal saved',
        8000,
      );
      expect((await dispatch('settings:set', { theme: 'dark' })).ok).toBe(true);
      expect(states.at(-1)).toEqual({ problems: [] });
      await core.close();
      const records = readJournal<{ t: string; line?: { text: string } }>(
        journalPath(dataDir, meeting.id),
      ).records;
      const lines = records.filter((r) => r.t === 'line').map((r) => r.line!.text);
      for (let n = 1; n <= 20; n++)
        expect(lines.filter((t) => t === `during ${n}`)).toHaveLength(1);
      console.log(`full disk noticed in ${noticedMs} ms`);
    } finally {
      await bot.quit();
      await core.close();
    }
  }, 60_000);
});

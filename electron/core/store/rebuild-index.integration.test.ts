import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InvokeChannel } from '../../../shared/ipc/channels';
import { createDispatcher } from '../../../shared/ipc/dispatch';
import type { Req, Res } from '../../../shared/ipc/schemas';
import { Bot } from '../../testing/bot';
import { startNgircd, type Ngircd } from '../../testing/ngircd';
import { createCore } from '../create-core';
import { createConfBackend } from '../settings/conf-backend';
import { MemorySecretStore } from '../store/secrets';
import { createConfLibrary } from './conf-library';

const CHANNEL = '#rebuild';

/** A core as the browser host builds it on `dataDir`, with its log and events kept. */
function startCore(dataDir: string) {
  const logs: string[] = [];
  const log = (level: string, message: string) => void logs.push(`${level}: ${message}`);
  const core = createCore({
    shell: 'browser',
    version: '0.0.0-test',
    settings: createConfBackend(dataDir, (m) => log('warn', m)),
    library: createConfLibrary(dataDir, (m) => log('warn', m)),
    secrets: new MemorySecretStore(),
    dataDir,
    log,
  });
  const dispatch = createDispatcher(core.handlers);
  const call = async <C extends InvokeChannel>(channel: C, req: Req<C>): Promise<Res<C>> => {
    const result = await dispatch(channel, req);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as Res<C>;
  };
  return { core, call, logs };
}

/** Polls `check` every 50 ms for at most `ms`. */
async function until(check: () => boolean | Promise<boolean>, what: string, ms = 10_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`${what} within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

let ircd: Ngircd;
let dataDir: string;
let bot: Bot | undefined;
beforeAll(async () => {
  ircd = await startNgircd();
  dataDir = mkdtempSync(join(tmpdir(), 'gavel-rebuild-'));
});
afterAll(async () => {
  await bot?.quit();
  await ircd?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the meeting index, rebuilt from the journals', () => {
  it.each([
    ['damaged', () => writeFileSync(join(dataDir, 'library.json'), '{ "meetings": [ torn')],
    ['removed', () => rmSync(join(dataDir, 'library.json'))],
  ])(
    'brings back history, search and resume when library.json is %s',
    async (_how, damage) => {
      for (const name of readdirSync(dataDir)) rmSync(join(dataDir, name), { recursive: true });
      const first = startCore(dataDir);
      await first.call('irc:connect', {
        server: ircd.host,
        port: ircd.port,
        tls: false,
        nick: 'chair',
        channel: CHANNEL,
      });
      await until(
        async () => (await first.call('irc:getStatus', {})).state === 'joined',
        'chair joined',
      );
      // An ended meeting, then a live one with a word only a participant said.
      const ended = await first.call('meeting:start', {
        channel: CHANNEL,
        title: 'Earlier',
        mode: 'quiet',
      });
      await first.call('meeting:end', { meetingId: ended.id });
      const live = await first.call('meeting:start', {
        channel: CHANNEL,
        title: 'Weekly',
        mode: 'quiet',
      });
      await bot?.quit();
      bot = await Bot.connect({ host: ircd.host, port: ircd.port, nick: 'amy' });
      await bot.join(CHANNEL);
      bot.say(CHANNEL, 'the zanzibar release is ready');
      await until(
        async () =>
          (
            await first.call('history:lines', { meetingId: live.id, afterSeq: 0, limit: 100 })
          ).lines.some((l) => l.text.includes('zanzibar')),
        'the line recorded',
      );
      await first.core.close();

      damage();
      const second = startCore(dataDir);
      const listed = await second.call('history:list', {});
      expect(listed.map((e) => e.id).sort()).toEqual([ended.id, live.id].sort());
      const found = await second.call('search:query', { text: 'zanzibar' });
      expect(found.hits.map((h) => h.meetingId)).toEqual([live.id]);
      // Resumed: the channel's meeting is the live one again, its line still there.
      expect(await second.call('meeting:get', { channel: CHANNEL })).toMatchObject({
        id: live.id,
        status: 'live',
        title: 'Weekly',
      });
      expect(second.logs.filter((l) => l.includes('were put back from their journals'))).toEqual([
        'warn: The meeting index lacked 2 meeting(s) found on disk; they were put back from their journals.',
      ]);
      await second.core.close();

      // Once rebuilt, a third start has nothing to put back.
      const third = startCore(dataDir);
      expect((await third.call('history:list', {})).length).toBe(2);
      expect(third.logs.some((l) => l.includes('put back'))).toBe(false);
      await third.core.close();
    },
    60_000,
  );
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TranscriptLine } from '../../../shared/domain/line';
import { createDispatcher } from '../../../shared/ipc/dispatch';
import type { Result } from '../../../shared/ipc/result';
import type { Res } from '../../../shared/ipc/schemas';
import { Bot } from '../../testing/bot';
import { startNgircd, type Ngircd } from '../../testing/ngircd';
import { createCore } from '../create-core';
import type { SettingsBackend } from '../types';

let ircd: Ngircd;
let dataDir: string;
beforeAll(async () => {
  ircd = await startNgircd();
  dataDir = mkdtempSync(join(tmpdir(), 'gavel-seal-'));
});
afterAll(async () => {
  await ircd?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

function memorySettings(): SettingsBackend {
  const values = { lastConnection: null, theme: 'system' } as Record<string, unknown>;
  return { get: (key) => values[key] as never, set: (key, value) => void (values[key] = value) };
}

const value = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a practice run against a real ngircd', () => {
  it('keeps everything the chair does inside the practice; the live channel hears nothing', async () => {
    const bugs: unknown[] = [];
    const core = createCore({
      shell: 'browser',
      version: '0.0.0-test',
      settings: memorySettings(),
      dataDir,
      log: () => {},
    });
    const states: unknown[] = [];
    core.subscribe((event, payload) => {
      if (event === 'practice:state') states.push(payload);
    });
    const call = createDispatcher(core.handlers, (bug) => bugs.push(bug)) as <T>(
      channel: string,
      request: unknown,
    ) => Promise<Result<T>>;
    const listener = await Bot.connect({ host: ircd.host, port: ircd.port, nick: 'listener' });
    try {
      await listener.join('#room');
      value(
        await call('irc:connect', {
          server: ircd.host,
          port: ircd.port,
          tls: false,
          nick: 'chair',
          channel: '#room',
        }),
      );
      // A real meeting is live in the channel, driven: its commands are said there.
      const live = value(
        await call<Res<'meeting:start'>>('meeting:start', {
          channel: '#room',
          title: 'Weekly',
          mode: 'drive',
        }),
      );
      await listener.waitForMessage((m) => m.text === '#startmeeting Weekly');

      const { practice } = value(
        await call<Res<'practice:start'>>('practice:start', {
          source: { sample: true },
          speed: 20,
        }),
      );
      const heardBefore = listener.received.length;

      // Aimed at the practice: said there, as the replayed meeting's chair.
      expect(
        await call('irc:say', {
          text: 'hello from practice',
          network: 'practice',
          channel: practice.channel.slice('practice:'.length),
        }),
      ).toEqual({ ok: true, value: { lines: 1 } });
      // Aimed anywhere else, by any call: refused, with the reason; each refusal reports the
      // practice again, so a window that lost track of it shows it (and its Stop) again.
      const reported = states.length;
      const refusals = [
        await call('irc:say', { text: 'leak by default' }),
        await call('irc:say', { text: 'leak by name', channel: '#room' }),
        await call('irc:say', { text: 'leak by network', network: 'main', channel: '#room' }),
        await call('meeting:command', {
          meetingId: live.id,
          command: { type: 'info', text: 'leak by command' },
        }),
        await call('meeting:end', { meetingId: live.id }),
      ];
      for (const refused of refusals)
        expect(refused).toMatchObject({ ok: false, error: { code: 'practice-running' } });
      expect(states.length).toBeGreaterThanOrEqual(reported + refusals.length);
      expect(states.at(-1)).toMatchObject({ channel: practice.channel });
      expect(
        await call('meeting:start', { channel: '#room', title: 'Another', mode: 'drive' }),
      ).toMatchObject({ ok: false, error: { code: 'practice-running' } });
      expect(
        await call('meeting:setMode', { meetingId: practice.meetingId, mode: 'drive' }),
      ).toMatchObject({ ok: false, error: { code: 'practice-quiet' } });

      const lines = value(
        await call<{ lines: TranscriptLine[] }>('transcript:since', {
          channel: practice.channel,
          afterSeq: 0,
        }),
      ).lines;
      expect(lines.find((l) => l.text === 'hello from practice')).toMatchObject({
        nick: 'maren',
        self: true,
        local: true,
        kind: 'message',
      });

      // Long enough for any stray line to arrive; then stop and show the channel still works.
      await pause(1500);
      expect(listener.received.slice(heardBefore)).toEqual([]);
      value(await call('practice:stop', {}));
      value(await call('irc:say', { text: 'after practice' }));
      await listener.waitForMessage((m) => m.text === 'after practice');
      expect(listener.received.slice(heardBefore).map((m) => m.text)).toEqual(['after practice']);
    } finally {
      await listener.quit();
      await core.close();
    }
    expect(bugs).toEqual([]);
  });
});

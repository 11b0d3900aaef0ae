import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TranscriptLine } from '../../../../shared/domain/line';
import { createDispatcher } from '../../../../shared/ipc/dispatch';
import type { MeetingView } from '../../../../shared/ipc/meeting-schemas';
import type { Result } from '../../../../shared/ipc/result';
import type { ConnectionStatus } from '../../../../shared/ipc/schemas';
import { Bot } from '../../../testing/bot';
import { startNgircd, type Ngircd } from '../../../testing/ngircd';
import { SilentProxy } from '../../../testing/silent-proxy';
import { createCore } from '../../create-core';
import { createConfBackend } from '../../settings/conf-backend';

// A link that goes silent mid-meeting (packets dropped, socket open), played by a proxy between
// Gavel and a real ngircd, while alice keeps talking in the channel straight to the server.

const CHANNEL = '#silent';
const SAY_EVERY_MS = 250;
let ircd: Ngircd;
let proxy: SilentProxy;
let dataDir: string;
let alice: Bot | null = null;
beforeAll(async () => {
  ircd = await startNgircd();
  proxy = await SilentProxy.start({ host: ircd.host, port: ircd.port });
  dataDir = mkdtempSync(join(tmpdir(), 'gavel-silent-'));
});
afterAll(async () => {
  await alice?.quit();
  await proxy?.stop();
  await ircd?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function until<T>(
  read: () => Promise<T> | T,
  accept: (value: T) => boolean,
  what: string,
  ms: number,
): Promise<T> {
  const limit = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > limit)
      throw new Error(`${what} within ${ms} ms; last: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a link that goes silent during a meeting', () => {
  it('is noticed within seconds, and every line missed lies inside the gap, in every file', async () => {
    const core = createCore({
      shell: 'browser',
      version: '0.0.0-test',
      settings: createConfBackend(dataDir),
      dataDir,
      log: () => {},
    });
    let talking = true;
    try {
      const dispatch = createDispatcher(core.handlers);
      const call = async <T>(channel: string, req: unknown): Promise<T> => {
        const result = (await dispatch(channel, req)) as Result<T>;
        if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
        return result.value;
      };
      const statuses: { at: number; status: ConnectionStatus }[] = [];
      core.subscribe((event, payload) => {
        if (event === 'irc:status')
          statuses.push({ at: Date.now(), status: payload as ConnectionStatus });
      });
      await call('irc:connect', {
        server: '127.0.0.1',
        port: proxy.port,
        tls: false,
        nick: 'chair',
        channel: CHANNEL,
      });
      const { id } = await call<MeetingView>('meeting:start', {
        channel: CHANNEL,
        title: 'Silent link',
        mode: 'drive',
      });
      alice = await Bot.connect({ host: ircd.host, port: ircd.port, nick: 'alice' });
      await alice.join(CHANNEL);

      // alice says a numbered line every 250 ms until told to stop (at most 50 s of talk).
      const saidAt: number[] = [];
      const talk = (async () => {
        for (let i = 0; talking && i < 200; i++) {
          saidAt.push(Date.now());
          alice!.say(CHANNEL, `line ${i}`);
          await pause(SAY_EVERY_MS);
        }
      })();

      await pause(2000);
      const silencedAt = Date.now();
      proxy.silence();
      const lost = await until(
        () => statuses.find((s) => s.at >= silencedAt && s.status.state === 'reconnecting'),
        (s) => s !== undefined,
        'the silent link noticed',
        20_000,
      );
      const detection = (lost!.at - silencedAt) / 1000;
      console.info(`silent link noticed ${detection.toFixed(2)} s after it went silent`);
      expect(detection).toBeLessThan(11);

      const view = () => call<MeetingView>('meeting:get', { channel: CHANNEL });
      await until(view, (v) => v.gaps.length === 1 && v.gaps[0]!.to !== null, 'back in', 15_000);
      await pause(1500);
      talking = false;
      await talk;
      const last = `line ${saidAt.length - 1}`;
      const transcript = async () =>
        (
          await call<{ lines: TranscriptLine[] }>('transcript:since', {
            channel: CHANNEL,
            afterSeq: 0,
          })
        ).lines;
      const lines = await until(
        transcript,
        (ls) => ls.some((l) => l.text === last),
        `"${last}" heard`,
        5000,
      );

      const gap = (await view()).gaps[0]!;
      expect(gap.from).toBeLessThanOrEqual(silencedAt);
      const heard = new Set(lines.filter((l) => l.nick === 'alice').map((l) => l.text));
      const missed = saidAt.map((at, i) => ({ at, i })).filter(({ i }) => !heard.has(`line ${i}`));
      const outside = missed.filter(({ at }) => at < gap.from || at > gap.to!);
      console.info(
        `${saidAt.length} lines said, ${missed.length} missed, ${outside.length} outside the gap marker`,
      );
      expect(missed.length).toBeGreaterThan(0);
      expect(outside).toEqual([]);

      const gapLines = lines.filter((l) => l.kind === 'gap');
      expect(gapLines).toHaveLength(1);
      const utc = (at: number) => new Date(at).toISOString().slice(11, 19);
      expect(gapLines[0]!.text).toContain(`from ${utc(gap.from)} to ${utc(gap.to!)} UTC`);

      await call('meeting:end', { meetingId: id });
      const formats = ['json', 'txt', 'html', 'log.txt', 'log.html', 'md', 'mediawiki', 'moin'];
      const { files } = await call<{ files: { format: string; text: string }[] }>('export:render', {
        meetingId: id,
        formats,
      });
      expect(files.map((f) => f.format).sort()).toEqual([...formats].sort());
      for (const file of files)
        expect(file.text, file.format).toContain(`Gavel was not connected from ${utc(gap.from)}`);
    } finally {
      talking = false;
      await core.close();
    }
  }, 60_000);
});

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
import { createCore } from '../../create-core';
import { createConfBackend } from '../../settings/conf-backend';

const CHANNEL = '#outage';
let ircd: Ngircd;
let dataDir: string;
let alice: Bot | null = null;
beforeAll(async () => {
  ircd = await startNgircd();
  dataDir = mkdtempSync(join(tmpdir(), 'gavel-outage-'));
});
afterAll(async () => {
  await alice?.quit();
  await ircd?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function until<T>(
  read: () => Promise<T> | T,
  accept: (value: T) => boolean,
  what: string,
  ms = 8000,
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

describe('a live meeting through a server outage', () => {
  it('keeps Gavel retrying, shows the gap while it lasts and after, and records what follows', async () => {
    const core = createCore({
      shell: 'browser',
      version: '0.0.0-test',
      settings: createConfBackend(dataDir),
      dataDir,
      log: () => {},
    });
    try {
      const dispatch = createDispatcher(core.handlers);
      const call = async <T>(channel: string, req: unknown): Promise<T> => {
        const result = (await dispatch(channel, req)) as Result<T>;
        if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
        return result.value;
      };
      const statuses: ConnectionStatus[] = [];
      const states: MeetingView[] = [];
      core.subscribe((event, payload) => {
        if (event === 'irc:status') statuses.push(payload as ConnectionStatus);
        if (event === 'meeting:state') states.push(payload as MeetingView);
      });
      await call('irc:connect', {
        server: ircd.host,
        port: ircd.port,
        tls: false,
        nick: 'chair',
        channel: CHANNEL,
      });
      const { id } = await call<MeetingView>('meeting:start', {
        channel: CHANNEL,
        title: '',
        mode: 'drive',
      });

      await ircd.crash();
      const lost = await until(
        () => statuses.at(-1),
        (s) => s?.state === 'reconnecting',
        'reconnecting',
      );
      expect(lost?.reconnect).toMatchObject({ keepAlive: true });
      const during = await until(
        () => states.at(-1),
        (v) => v?.gaps.length === 1,
        'the open gap reported',
      );
      expect(during?.gaps[0]).toEqual({ from: expect.any(Number), to: null });

      await ircd.start();
      const view = () => call<MeetingView>('meeting:get', { channel: CHANNEL });
      const back = await until(view, (v) => v.gaps[0]?.to !== null, 'the gap closed', 10_000);
      expect(back.gaps).toHaveLength(1);
      expect(back.gaps[0]!.to!).toBeGreaterThan(back.gaps[0]!.from);

      alice = await Bot.connect({ host: ircd.host, port: ircd.port, nick: 'alice' });
      await alice.join(CHANNEL);
      alice.say(CHANNEL, '#info said after the outage');
      const after = await until(
        view,
        (v) => v.topics.some((t) => t.items.length > 0),
        'alice’s info',
      );
      expect(after).toMatchObject({ id, status: 'live' });
      const transcript = await call<{ lines: TranscriptLine[] }>('transcript:since', {
        channel: CHANNEL,
        afterSeq: 0,
      });
      expect(transcript.lines.filter((l) => l.kind === 'gap')).toHaveLength(1);

      // The logs and the minutes say where the record has a hole instead of jumping over it.
      await call('meeting:end', { meetingId: id });
      const utc = (at: number) => new Date(at).toISOString().slice(11, 19);
      const note = `Gavel was not connected from ${utc(back.gaps[0]!.from)} to`;
      const { files } = await call<{ files: { format: string; text: string }[] }>('export:render', {
        meetingId: id,
        formats: ['log.txt', 'log.html', 'txt', 'html'],
      });
      for (const file of files) expect(file.text, file.format).toContain(note);
      const log = files.find((f) => f.format === 'log.txt')!.text.split('\n');
      const at = log.findIndex((l) => l.includes(note));
      expect(at).toBeGreaterThan(0);
      expect(log.slice(at + 1).some((l) => l.endsWith('#info said after the outage'))).toBe(true);
    } finally {
      await core.close();
    }
  }, 30_000);
});

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Bot } from '../../../testing/bot';
import { startNgircd, type Ngircd } from '../../../testing/ngircd';
import { readJournal } from '../../journal/read-journal';
import { createConfLibrary } from '../../store/conf-library';
import { journalPath } from '../record/meeting-journal';
import type { MeetingRecord } from '../record/records';

const CHANNEL = '#crash';
const CHILD = join(import.meta.dirname, 'crash-child.fixture.ts');
// 50 lines/s from two participants, as the issue asks.
const LINE_EVERY_MS = 20;

interface Report {
  joined?: boolean;
  ready?: string | null;
  status?: string;
  meeting?: string;
  live?: boolean;
  gaps?: { from: number; to: number | null }[];
}

/** The core in its own process, and what it has reported so far. */
function startChild(dataDir: string, ircd: Ngircd, phase: 'start' | 'resume') {
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', CHILD, dataDir, ircd.host, String(ircd.port), CHANNEL, phase],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const reports: Report[] = [];
  let errors = '';
  const waiters: (() => void)[] = [];
  createInterface({ input: proc.stdout! }).on('line', (line) => {
    reports.push(JSON.parse(line) as Report);
    for (const wake of waiters.splice(0)) wake();
  });
  proc.stderr!.on('data', (d: Buffer) => (errors += d.toString()));
  /** The first report `match` accepts, within `ms`. */
  const report = (match: (r: Report) => boolean, what: string, ms = 15_000) =>
    new Promise<Report>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${what} within ${ms} ms; stderr: ${errors}`)),
        ms,
      );
      const check = () => {
        const found = reports.find(match);
        if (found) {
          clearTimeout(timer);
          resolve(found);
        } else waiters.push(check);
      };
      check();
    });
  const kill = () =>
    new Promise<void>((resolve) => {
      if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
      proc.once('exit', () => resolve());
      proc.kill('SIGKILL');
    });
  return { proc, report, kill };
}

let ircd: Ngircd;
let dataDir: string;
const children: { kill: () => Promise<void> }[] = [];
const bots: Bot[] = [];
beforeAll(async () => {
  ircd = await startNgircd();
  dataDir = mkdtempSync(join(tmpdir(), 'gavel-crash-'));
});
afterAll(async () => {
  await Promise.all(children.map((c) => c.kill()));
  await Promise.all(bots.map((b) => b.quit()));
  await ircd?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a meeting survives kill -9 of the process running the core', () => {
  it('keeps every line received 250 ms before the kill, once, and resumes the meeting', async () => {
    for (const nick of ['talker1', 'talker2']) {
      const bot = await Bot.connect({ host: ircd.host, port: ircd.port, nick });
      bots.push(bot);
      await bot.join(CHANNEL);
    }
    const first = startChild(dataDir, ircd, 'start');
    children.push(first);
    const { ready } = await first.report((r) => r.ready !== undefined, 'the meeting started');
    expect(ready).toEqual(expect.any(String));
    const id = ready!;

    const sentAt: number[] = [];
    const talk = setInterval(() => {
      const n = sentAt.length;
      sentAt.push(Date.now());
      bots[n % 2]!.say(CHANNEL, `line ${n}`);
    }, LINE_EVERY_MS);
    try {
      await new Promise((r) => setTimeout(r, 1500));
      const killedAt = Date.now();
      await first.kill();

      const second = startChild(dataDir, ircd, 'resume');
      children.push(second);
      const back = await second.report(
        (r) =>
          r.meeting === id &&
          r.live === true &&
          r.gaps !== undefined &&
          r.gaps.length > 0 &&
          r.gaps.at(-1)!.to !== null,
        'the meeting live again with its gap closed',
      );
      const rejoinedAt = Date.now();
      await new Promise((r) => setTimeout(r, 500));
      clearInterval(talk);
      await new Promise((r) => setTimeout(r, 300));

      const records = readJournal<MeetingRecord>(journalPath(dataDir, id)).records;
      const heard = records.flatMap((r) =>
        r.t === 'line' && /^talker\d$/.test(r.line.nick) ? [Number(r.line.text.slice(5))] : [],
      );
      expect(new Set(heard).size).toBe(heard.length);
      const due = sentAt.flatMap((at, n) => (at <= killedAt - 250 ? [n] : []));
      expect(due.length).toBeGreaterThan(50);
      const have = new Set(heard);
      expect(due.filter((n) => !have.has(n))).toEqual([]);
      const after = sentAt.flatMap((at, n) => (at >= rejoinedAt + 100 ? [n] : []));
      expect(after.length).toBeGreaterThan(5);
      expect(after.every((n) => have.has(n))).toBe(true);

      const gap = back.gaps!.at(-1)!;
      expect(gap.from).toBeLessThanOrEqual(killedAt);
      expect(gap.to).toBeGreaterThan(killedAt);
      expect(records.filter((r) => r.t === 'start')).toHaveLength(1);
      expect(records.map((r) => r.i)).toEqual(records.map((_, n) => n + 1));
      const index = createConfLibrary(dataDir).get('meetings') as { id: string; status: string }[];
      expect(index).toEqual([expect.objectContaining({ id, status: 'live' })]);
    } finally {
      clearInterval(talk);
    }
  }, 45_000);
});

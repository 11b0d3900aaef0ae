import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { meetbotFromEnv, runMeetbot } from './meetbot-side';
import type { Benchmark } from './registry';
import { testData } from '../../shared/testdata/index';

const fixture = fileURLToPath(testData('meetbot/fedora-magazine-2020-06-10/log.txt'));
const root = fileURLToPath(new URL('../..', import.meta.url));
const CHANNEL = '#fedora-meeting';

/**
 * The command `npm run minutes` runs (package.json `scripts.minutes`, e.g. `node [flags]
 * out/main/minutes.js`), as the program and arguments to spawn from the repository root, so the
 * benchmark measures exactly what users run, node flags included.
 */
function minutesCommand(): { program: string; args: string[] } {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const [program, ...args] = pkg.scripts.minutes!.trim().split(/\s+/);
  if (program !== 'node')
    throw new Error(`scripts.minutes must start with node: ${pkg.scripts.minutes}`);
  return { program: process.execPath, args };
}

/**
 * A 100,000-line MeetBot log: the Fedora magazine meeting's body cycled between one
 * `#startmeeting` and one `#endmeeting`, with fresh stamps (0.8 s apart, so all within one day).
 */
export function makeLog(lines: number): string {
  const all = readFileSync(fixture, 'utf8').split('\n');
  const body = all.slice(1, -1).map((l) => l.slice(9));
  const out = [`00:00:00 ${all[0]!.slice(9)}`];
  for (let i = 1; i < lines - 1; i++) {
    const t = Math.floor(i * 0.8);
    const stamp = [t / 3600, (t / 60) % 60, t % 60]
      .map((n) => String(Math.floor(n)).padStart(2, '0'))
      .join(':');
    out.push(`${stamp} ${body[(i - 1) % body.length]}`);
  }
  out.push(`23:59:59 ${all.at(-1)!.slice(9)}`);
  return out.join('\n');
}

function once(log: string, outDir: string): { wallS: number; peakMb: number } {
  const { program, args } = minutesCommand();
  const started = process.hrtime.bigint();
  const run = spawnSync(
    program,
    [
      ...args,
      log,
      '--preset',
      'fedora',
      '--channel',
      CHANNEL,
      '--date',
      '2020-06-10',
      '--format',
      'txt,html,log.txt,log.html',
      '--out',
      outDir,
    ],
    { cwd: root, env: { ...process.env, GAVEL_REPORT_PEAK_RSS: '1' }, encoding: 'utf8' },
  );
  const wallS = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`minutes CLI failed (${run.status}): ${run.stderr}`);
  const kb = Number(/peak-rss-kb=(\d+)/.exec(run.stderr)?.[1]);
  if (!kb) throw new Error(`minutes CLI reported no peak RSS: ${run.stderr}`);
  return { wallS, peakMb: kb / 1024 };
}

const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * `minutes_100k_wall_s`, `minutes_100k_peak_mb`: the CLI as a whole process, median of 5 runs.
 * `minutes_100k_ratio_vs_meetbot`: where a MeetBot is named (see `meetbotFromEnv`), MeetBot
 * replays the same log between Gavel's runs, and the ratio is MeetBot's median wall time over
 * Gavel's; without one, the key is absent and one line says why.
 */
export const minutesBench: Benchmark = {
  name: 'minutes CLI, 100,000-line log, four MeetBot formats',
  keys: ['minutes_100k_wall_s', 'minutes_100k_peak_mb', 'minutes_100k_ratio_vs_meetbot'],
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'gavel-bench-'));
    const bot = meetbotFromEnv();
    if ('why' in bot) console.log(`(no MeetBot side by side: ${bot.why})`);
    const meetbot = 'why' in bot ? null : bot;
    try {
      const log = join(dir, 'meeting.log.txt');
      writeFileSync(log, makeLog(100_000));
      once(log, join(dir, 'warmup'));
      if (meetbot) runMeetbot(meetbot, log, join(dir, 'meetbot-warmup'), CHANNEL);
      const runs: { wallS: number; peakMb: number }[] = [];
      const theirs: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        runs.push(once(log, join(dir, `run${i}`)));
        if (meetbot) theirs.push(runMeetbot(meetbot, log, join(dir, `meetbot${i}`), CHANNEL));
      }
      const wallS = median(runs.map((r) => r.wallS));
      const figures: Record<string, number> = {
        minutes_100k_wall_s: Number(wallS.toFixed(3)),
        minutes_100k_peak_mb: Number(median(runs.map((r) => r.peakMb)).toFixed(1)),
      };
      if (theirs.length > 0) {
        console.log(`(MeetBot, median of ${RUNS} replays: ${median(theirs).toFixed(2)} s)`);
        figures.minutes_100k_ratio_vs_meetbot = Number((median(theirs) / wallS).toFixed(1));
      }
      return figures;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

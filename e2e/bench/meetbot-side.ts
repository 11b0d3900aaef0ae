import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * MeetBot as the bench runs it beside Gavel: `python` (a Python 2.7) running `meetingPy`
 * (MeetBot's meeting.py, whose `replay` command reads a `.log.txt` and writes the minutes).
 */
export interface MeetBot {
  python: string;
  meetingPy: string;
}

// Where meeting.py sits in the checkouts MeetBot is found in (supybot-meetbot, MeetBot, meetingology).
const LAYOUTS = ['supybot_meetbot/meeting.py', 'meeting.py', 'ircmeeting/meeting.py'];

/**
 * The MeetBot named by `GAVEL_BENCH_MEETBOT` (a checkout, e.g. of fedora-infra/supybot-meetbot)
 * and `GAVEL_BENCH_PYTHON2` (a Python 2.7 binary; its modules, such as kitchen and pygments,
 * come from its own site or `PYTHONPATH`), or why there is none.
 */
export function meetbotFromEnv(env: NodeJS.ProcessEnv = process.env): MeetBot | { why: string } {
  const dir = env.GAVEL_BENCH_MEETBOT;
  const python = env.GAVEL_BENCH_PYTHON2;
  if (!dir || !python)
    return { why: 'GAVEL_BENCH_MEETBOT and GAVEL_BENCH_PYTHON2 are not both set' };
  const meetingPy = LAYOUTS.map((p) => join(dir, p)).find((p) => existsSync(p));
  if (!meetingPy) return { why: `no meeting.py in ${dir} (looked for ${LAYOUTS.join(', ')})` };
  const version = spawnSync(python, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], {
    encoding: 'utf8',
  });
  if (version.stdout?.trim() !== '2.7')
    return {
      why: `${python} is not Python 2.7 (${version.stdout?.trim() || version.error?.message})`,
    };
  return { python, meetingPy };
}

/**
 * One MeetBot replay of `log` in a folder of its own under `outDir`, timed as a whole process.
 * The log is copied there as `<channel>.log.txt` (MeetBot takes the channel from the name and
 * writes its `.html`, `.txt` and `.log.html` beside it). Throws when a file is missing after.
 */
export function runMeetbot(bot: MeetBot, log: string, outDir: string, channel: string): number {
  mkdirSync(outDir, { recursive: true });
  const name = channel.replace(/^#/, '');
  const input = join(outDir, `${name}.log.txt`);
  copyFileSync(log, input);
  const started = process.hrtime.bigint();
  const run = spawnSync(bot.python, [bot.meetingPy, 'replay', input], {
    cwd: outDir,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const wallS = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`MeetBot failed (${run.status}): ${run.stderr}`);
  for (const ext of ['.html', '.txt', '.log.html']) {
    if (!existsSync(join(outDir, name + ext)))
      throw new Error(`MeetBot wrote no ${name}${ext}: ${run.stderr}`);
  }
  return wallS;
}

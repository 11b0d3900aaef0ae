import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createCore } from '../../electron/core/create-core';
import type { SettingsBackend } from '../../electron/core/types';
import { FakeServer, scriptedReplies } from '../../electron/testing/fake-transport';
import { ManualClock } from '../../electron/testing/manual-clock';
import { testData } from '../../shared/testdata/index';
import type { Benchmark } from './registry';

const CHANNEL = '#meet';
const RATE = 10;
const HOURS = 8;
const LINES = RATE * 3600 * HOURS;
// Lines fed between two turns of the event loop (journal batches are written meanwhile) and two
// moves of the clock: the meeting's view is projected once per move, not once per line, so the
// eight hours take minutes.
const STEP = 500;
const TICK_MS = 2_500;

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The heap in MB after a full collection. */
function heapMb(): number {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

function memorySettings(): SettingsBackend {
  const values = { lastConnection: null, theme: 'system' } as Record<string, unknown>;
  return { get: (key) => values[key] as never, set: (key, value) => void (values[key] = value) };
}

// What people say: the Fedora magazine meeting's lines, without its commands to the bot.
function sayings(): { nick: string; text: string }[] {
  const log = readFileSync(testData('meetbot/fedora-magazine-2020-06-10/log.txt'), 'utf8');
  return log
    .split('\n')
    .map((l) => /^\S+ <([^>]+)> (.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null && !m[2]!.startsWith('#'))
    .map((m) => ({ nick: m[1]!, text: m[2]! }));
}

/**
 * `live_8h_main_heap_mb`: the main process's heap after a simulated eight-hour meeting at ten
 * lines a second (288,000 lines): the whole core (IRC client over an in-memory transport,
 * transcript, live meeting, journal) on a manual clock, with nobody reading the transcript.
 */
export const live8hBench: Benchmark = {
  name: 'live meeting, 8 hours at 10 lines/s, main heap',
  keys: ['live_8h_main_heap_mb'],
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'gavel-bench-8h-'));
    const clock = new ManualClock(Date.UTC(2026, 0, 5, 9));
    const server = new FakeServer();
    server.reply = scriptedReplies();
    const core = createCore(
      {
        shell: 'browser',
        version: 'bench',
        settings: memorySettings(),
        dataDir: dir,
        log: () => {},
      },
      { clock, transport: server.Transport },
    );
    try {
      const before = heapMb();
      const h = core.handlers;
      await h['irc:connect']({
        server: 'irc.test',
        port: 6667,
        tls: false,
        nick: 'chair',
        channel: CHANNEL,
      });
      for (let i = 0; i < 20 && server.written.every((l) => !l.startsWith('JOIN')); i++)
        await turn();
      await turn();
      const started = await h['meeting:start']({
        channel: CHANNEL,
        title: 'Eight hours',
        mode: 'drive',
      });
      if (!started.ok) throw new Error(`The meeting did not start: ${started.error.message}`);
      const said = sayings();
      for (let i = 0; i < LINES; i++) {
        const { nick, text } = said[i % said.length]!;
        server.feed(`:${nick}!u@example.org PRIVMSG ${CHANNEL} :${text}`);
        if (i % STEP === STEP - 1) {
          // The clock moves a few seconds at a time, each move followed by a turn of the event
          // loop: the link's liveness PINGs a link quiet for 5 s and gives it 5 s to answer, and
          // one long jump would take the link for lost before the answer is read.
          for (let ms = 0; ms < (STEP * 1000) / RATE; ms += TICK_MS) {
            clock.advance(TICK_MS);
            await turn();
          }
        }
      }
      // The IRC client reads what arrived a buffer at a time: wait (bounded) until it has all.
      const heard = async () => {
        const last = await h['transcript:since']({ channel: CHANNEL, afterSeq: LINES });
        return last.ok ? last.value.lastSeq : 0;
      };
      for (let i = 0, until = Date.now() + 60_000; i < 10_000 && Date.now() < until; i++) {
        if ((await heard()) >= LINES) break;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      const seen = await h['transcript:since']({ channel: CHANNEL, afterSeq: LINES });
      if (!seen.ok || seen.value.lastSeq < LINES)
        throw new Error(
          `The transcript holds ${seen.ok ? seen.value.lastSeq : '?'} lines, not ${LINES}.`,
        );
      // The oldest lines are no longer in the transcript store: they come from the meeting.
      const first = await h['transcript:since']({ channel: CHANNEL, afterSeq: 0 });
      const page = first.ok ? first.value.lines : [];
      if (!(page[0]!.seq <= 5 && page.some((l) => l.text === said[0]!.text)))
        throw new Error(
          `The transcript's first page starts at ${page[0]?.seq}, without the first line said.`,
        );
      const heap = heapMb();
      console.log(`(heap ${before.toFixed(0)} MB before the meeting, ${heap.toFixed(0)} MB after)`);
      return { live_8h_main_heap_mb: Number(heap.toFixed(1)) };
    } finally {
      await core.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

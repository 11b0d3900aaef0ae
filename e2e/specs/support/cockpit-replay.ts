import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Bot } from '../../../electron/testing/bot';
import { testData } from '../../../shared/testdata/index';

const SEED = fileURLToPath(testData('seeds/cockpit-2017-05-08.log.txt'));
const LINE_RE = /^(\d\d):(\d\d):(\d\d) (?:<([^>]+)>|\* (\S+)) ?(.*)$/;

/** One line of the Cockpit meeting of 2017-05-08 (a MeetBot `.log.txt`). */
export interface SeedLine {
  /** Seconds since midnight, as logged. */
  at: number;
  stamp: string;
  nick: string;
  text: string;
  /** A `/me` line. */
  action: boolean;
}

/** The seed's lines, in order. */
export function readSeed(): SeedLine[] {
  const lines: SeedLine[] = [];
  for (const raw of readFileSync(SEED, 'utf8').split('\n')) {
    const m = LINE_RE.exec(raw);
    if (!m) continue;
    const [, h, min, s, said, acted, text] = m;
    lines.push({
      at: Number(h) * 3600 + Number(min) * 60 + Number(s),
      stamp: `${h}:${min}:${s}`,
      nick: said ?? acted!,
      text: text ?? '',
      action: acted !== undefined,
    });
  }
  return lines;
}

/** How the replay leaves out what the chair does in Gavel and what the seed's bot said. */
export interface ReplayOptions {
  channel: string;
  /** The seed's meeting bot; its lines are not replayed. */
  botNick: string;
  /** The seed's chair; their meeting commands are the chair's to give through Gavel. */
  chairNick: string;
  /** Seed seconds per real second. */
  speedup: number;
  /** The longest real pause between two lines, in ms. */
  maxPauseMs: number;
}

/**
 * The seed's participants as bots on a real server, saying their lines again on a compressed
 * clock. The chair's `#` commands and the seed bot's lines are left out: Gavel gives the first,
 * and keeps the minutes instead of the second.
 */
export class CockpitReplay {
  private constructor(
    readonly lines: SeedLine[],
    private readonly bots: Map<string, Bot>,
    private readonly options: ReplayOptions,
  ) {}

  /** Connects one bot per participant and joins them to the channel. */
  static async start(host: string, port: number, options: ReplayOptions): Promise<CockpitReplay> {
    const lines = readSeed().filter(
      (l) =>
        l.nick !== options.botNick && !(l.nick === options.chairNick && l.text.startsWith('#')),
    );
    const nicks = [...new Set(lines.map((l) => l.nick))];
    const bots = new Map<string, Bot>();
    try {
      for (const nick of nicks) {
        const bot = await Bot.connect({ host, port, nick });
        bots.set(nick, bot);
        await bot.join(options.channel);
      }
    } catch (err) {
      await Promise.all([...bots.values()].map((b) => b.quit()));
      throw err;
    }
    return new CockpitReplay(lines, bots, options);
  }

  /** The participant bot `nick`. */
  bot(nick: string): Bot {
    const bot = this.bots.get(nick);
    if (!bot) throw new Error(`No participant ${nick} in the replay`);
    return bot;
  }

  /**
   * Says the lines stamped from `from` up to (not including) `to` (`HH:MM:SS`; `to` null: to the
   * end), pausing between them as the seed did, divided by the speed-up. Resolves with the last
   * line said, so the caller can wait for it to reach Gavel.
   */
  async play(from: string, to: string | null): Promise<SeedLine | null> {
    const part = this.lines.filter((l) => l.stamp >= from && (to === null || l.stamp < to));
    let previous: SeedLine | null = null;
    for (const line of part) {
      if (previous) {
        const pause = ((line.at - previous.at) * 1000) / this.options.speedup;
        await new Promise((r) => setTimeout(r, Math.min(pause, this.options.maxPauseMs)));
      }
      const text = line.action ? `\x01ACTION ${line.text}\x01` : line.text;
      this.bot(line.nick).say(this.options.channel, text);
      previous = line;
    }
    return previous;
  }

  /** Every bot leaves. */
  async quit(): Promise<void> {
    await Promise.all([...this.bots.values()].map((b) => b.quit()));
  }
}

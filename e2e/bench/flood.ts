import { RawBot } from './raw-bot';

/** Bots saying numbered lines into a channel as fast as asked. */
export interface Flood {
  /** When each bot said each of its lines (epoch ms), by bot index and line number. */
  sentAt: number[][];
  quit(): Promise<void>;
}

/** The text of line `n` of bot `b` in flood `tag`: a marker the page can read back, then talk. */
export function floodText(tag: string, b: number, n: number): string {
  return `[${tag}:${b}:${n}] the release notes for 3.3.0 are on the wiki, please review them before Friday`;
}

/** Reads `[tag:b:n]` back from a line's text. */
export const FLOOD_MARK = /^\[(\w+):(\d+):(\d+)\]/;

const TICK_MS = 10;

/**
 * Connects `bots` participants and has them say `perSecond` lines a second in all into
 * `channel` for `seconds`, in 10 ms ticks shared evenly between the bots. Resolves once every
 * line is said.
 *
 * With `join` false the bots speak from outside the channel (the test server's channels do not
 * forbid it): the server then does not also send every line to every bot, which on a small
 * machine would take CPU from the window being measured.
 */
export async function flood(
  host: string,
  port: number,
  channel: string,
  options: { bots: number; perSecond: number; seconds: number; join: boolean; tag?: string },
): Promise<Flood> {
  const bots: RawBot[] = [];
  for (let b = 0; b < options.bots; b++) {
    const bot = await RawBot.connect(host, port, `flood${b}`);
    if (options.join) await bot.join(channel);
    bots.push(bot);
  }
  const sentAt: number[][] = bots.map(() => []);
  const perTick = (options.perSecond * TICK_MS) / 1000 / options.bots;
  const ticks = (options.seconds * 1000) / TICK_MS;
  const start = Date.now();
  let owed = 0;
  for (let t = 0; t < ticks; t++) {
    // Ticks keep to the wall clock, so a slow tick is made up by the next one.
    const due = start + t * TICK_MS;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    owed += perTick;
    const count = Math.floor(owed);
    owed -= count;
    for (let b = 0; b < bots.length; b++) {
      for (let i = 0; i < count; i++) {
        const n = sentAt[b]!.length;
        sentAt[b]!.push(Date.now());
        bots[b]!.say(channel, floodText(options.tag ?? 'f', b, n));
      }
    }
  }
  return { sentAt, quit: async () => void (await Promise.all(bots.map((b) => b.quit()))) };
}

import type { LogLine } from '../domain/line';
import { isBotNick } from './plain';
import type { DigestInput } from './types';
import { contentStems } from './words';

/** One thing somebody said, as the rules read it. */
export interface Utterance {
  /** 1-based position among the input lines. */
  pos: number;
  nick: string;
  text: string;
  /** A `/me` action. */
  emote: boolean;
  /** Seconds since the first line (null when the log has no times). */
  seconds: number | null;
  stems: string[];
}

/** The transcript as the rules see it: what people said, who chairs, which nicks exist. */
export interface Transcript {
  said: Utterance[];
  /** The one leading the meeting: as given, else the first person to speak. */
  chair: string | null;
  /** Every nick known: speakers and listed participants, by lower case. */
  nicks: Map<string, string>;
}

function clockSeconds(line: LogLine, day: { last: number; add: number }): number | null {
  if (line.at !== null) return line.at / 1000;
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(line.time);
  if (!m) return null;
  const s = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0);
  if (s + day.add < day.last - 6 * 3600) day.add += 86_400;
  day.last = s + day.add;
  return day.last;
}

/** Reads the lines once: people's messages and `/me` actions, the bot's left out. */
export function readTranscript(input: DigestInput): Transcript {
  const said: Utterance[] = [];
  const nicks = new Map<string, string>();
  const day = { last: 0, add: 0 };
  input.lines.forEach((line, i) => {
    if (line.kind !== 'message' && line.kind !== 'action') return;
    if (isBotNick(line.nick)) return;
    const seconds = clockSeconds(line, day);
    const text = line.text.trim();
    if (text === '') return;
    nicks.set(line.nick.toLowerCase(), line.nick);
    said.push({
      pos: i + 1,
      nick: line.nick,
      text,
      emote: line.kind === 'action',
      seconds,
      stems: contentStems(text),
    });
  });
  for (const p of input.participants ?? []) {
    if (p.nick && !nicks.has(p.nick.toLowerCase())) nicks.set(p.nick.toLowerCase(), p.nick);
  }
  return { said, chair: input.chair ?? said[0]?.nick ?? null, nicks };
}

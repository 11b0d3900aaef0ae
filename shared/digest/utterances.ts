import type { LogLine } from '../domain/line';
import { isBotNick } from './plain';
import { personKey, ScribeReader, scribeRole } from './scribe';
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
  /** In a scribed call: the scribe wrote these words for `nick` (`named`), or went on with them (`continued`). */
  scribed?: 'named' | 'continued';
}

/** The transcript as the rules see it: what people said, who chairs, which nicks exist. */
export interface Transcript {
  said: Utterance[];
  /** The one leading the meeting: as given, else named by a `Chair:` line, else the first person to speak. */
  chair: string | null;
  /** Person keys ({@link personKey}) of everyone who chairs. */
  chairs: Set<string>;
  /** Person keys of whoever scribes the call (a `Scribe:` line, `scribe+`). */
  scribes: Set<string>;
  /** Person keys of whoever gives a scribed call its `Meeting:`, `Agenda:` or `Date:` line. */
  recorders: Set<string>;
  /** A scribed call: most words are the scribe's `name: text` lines. */
  scribed: boolean;
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

// A call is scribed when a line names its scribe ("Scribe: cel", "scribe+").
function scribedCall(lines: readonly LogLine[]): boolean {
  return lines.some(
    (l) =>
      l.kind === 'message' &&
      (/^scribe\+$/i.test(l.text.trim()) || scribeRole(l.text)?.kind === 'role'),
  );
}

/**
 * Reads the lines once: people's messages and `/me` actions, the bot's left out. In a scribed
 * call (W3C's conventions), queue and roll lines are left out, `Chair:` names who leads, and a
 * scribe's `name: text` lines are said by that name.
 */
export function readTranscript(input: DigestInput): Transcript {
  const said: Utterance[] = [];
  const nicks = new Map<string, string>();
  const chairs = new Set<string>(input.chair ? [personKey(input.chair)] : []);
  const scribes = new Set<string>();
  const recorders = new Set<string>();
  const day = { last: 0, add: 0 };
  const scribed = scribedCall(input.lines);
  const known = new Set(input.lines.map((l) => personKey(l.nick)));
  for (const p of input.participants ?? []) if (p.nick) known.add(personKey(p.nick));
  const reader = new ScribeReader(known);
  input.lines.forEach((line, i) => {
    if (line.kind !== 'message' && line.kind !== 'action') return;
    if (isBotNick(line.nick)) return;
    const seconds = clockSeconds(line, day);
    let nick = line.nick;
    let text = line.text.trim();
    let by: Utterance['scribed'];
    if (scribed) {
      const role = scribeRole(text);
      if (role?.kind === 'noise') {
        if (/^scribe\+$/i.test(text)) scribes.add(personKey(nick));
        return;
      }
      if (role?.kind === 'role') {
        const into = role.role === 'chair' && !input.chair ? chairs : scribes;
        if (role.role === 'scribe' || !input.chair)
          for (const n of role.names) into.add(personKey(n));
        return;
      }
      if (/^(?:meeting|agenda|date)\s*:/i.test(text)) recorders.add(personKey(nick));
      if (line.kind === 'message') {
        const r = reader.read(nick, text);
        ({ nick, text } = r);
        if (r.by !== 'own') by = r.by;
      }
      text = text.trim();
    }
    if (text === '') return;
    nicks.set(nick.toLowerCase(), nick);
    said.push({
      pos: i + 1,
      nick,
      text,
      emote: line.kind === 'action',
      seconds,
      stems: contentStems(text),
      ...(by ? { scribed: by } : {}),
    });
  });
  for (const p of input.participants ?? []) {
    if (p.nick && !nicks.has(p.nick.toLowerCase())) nicks.set(p.nick.toLowerCase(), p.nick);
  }
  // Without a `Chair:` line, the first to speak leads: in a scribed call, the first the scribe names.
  const first = said.find((u) => !scribes.has(personKey(u.nick)))?.nick ?? said[0]?.nick ?? null;
  if (chairs.size === 0 && first) chairs.add(personKey(first));
  return { said, chair: input.chair ?? first, chairs, scribes, recorders, scribed, nicks };
}

/** True when `nick` is one who leads the meeting. */
export function isChair(t: Transcript, nick: string): boolean {
  return t.chairs.has(personKey(nick));
}

/** True when `nick` chairs, scribes or set up the call's record: the ones whose bare headings open topics. */
export function keepsRecord(t: Transcript, nick: string): boolean {
  const key = personKey(nick);
  return isChair(t, nick) || t.scribes.has(key) || t.recorders.has(key);
}

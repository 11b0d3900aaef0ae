import type { Transcript } from './utterances';

/** The known nick a word names (`sysoplab`, `Sysoplab:`, `@jasonpenton`), or null. */
export function nickOf(t: Transcript, word: string): string | null {
  const w = word
    .replace(/^@/, '')
    .replace(/[:,.!?;]+$/, '')
    .toLowerCase();
  return w.length > 1 ? (t.nicks.get(w) ?? null) : null;
}

/** The nick a line is addressed to (`nick: …`, `nick, …`), and the text after it. */
export function addressee(t: Transcript, text: string): { nick: string; rest: string } | null {
  const m = /^@?([^\s:,]+)\s*[:,]\s*(.*)$/.exec(text);
  if (!m) return null;
  const nick = nickOf(t, m[1]!);
  return nick ? { nick, rest: m[2]! } : null;
}

/** Every known nick named as a whole word in a text, in order, once each. */
export function nicksIn(t: Transcript, text: string): string[] {
  const found: string[] = [];
  for (const word of text.split(/[\s,;:()/]+/)) {
    const nick = nickOf(t, word);
    if (nick && !found.includes(nick)) found.push(nick);
  }
  return found;
}

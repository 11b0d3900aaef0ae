// What a scribed call (W3C's RRSAgent and Zakim conventions) says besides its talk: the queue
// and roll lines ("q+", "ack manu", "present+"), who chairs and who scribes, and whose words a
// scribe's line carries ("manu: We agreed …", then "... and more" continuing it).

// Queue, roll and bot-addressed lines: no one says anything in them.
const NOISE_RE =
  /^(?:q\s*[+?-](?:\s.*)?|queue\s*[+-].*|ack\s+\S+.*|present[+-].*|\+present.*|regrets?[+-].*|scribe[+-]|(?:zakim|rrsagent|trackbot)\b.*)$/i;
// The roles a call names on lines of their own.
const ROLE_RE = /^(chairs?|scribe|scribenick)\s*:\s*(\S.*)$/i;
const NAMED_RE = /^([A-Za-z][\w.-]{0,30})\s*:\s*(\S.*)$/;
const CONTINUED_RE = /^\.\.\.+\s*(\S.*)?$/;
// Labels a line may start with that name no one.
const LABEL_RE =
  /^(?:https?|ftp|mailto|proposal|proposed|resolved|resolution|action|topic|subtopic|agenda|meeting|note|notes|ps|re|fyi|todo|question|answer|summary|example|update|edit|link|issue|pr)$/i;

/** What a line means in a scribed call. */
export type ScribedLine =
  | { kind: 'noise' }
  | { kind: 'role'; role: 'chair' | 'scribe'; names: string[] }
  | { kind: 'said'; nick: string; text: string };

/** The key a person is known by: a nick or name in lower case up to its first `_`, `|`, space or `(` ("Manu_Sporny" and "manu" meet). */
export function personKey(name: string): string {
  return name
    .toLowerCase()
    .trim()
    .split(/[_|\s(^`]/)[0]!;
}

/** Reads one line of a call: queue and roll lines are noise, `Chair:`/`Scribe:` name roles. */
export function scribeRole(text: string): ScribedLine | null {
  const t = text.trim();
  if (NOISE_RE.test(t)) return { kind: 'noise' };
  const role = ROLE_RE.exec(t);
  if (role) {
    const names = role[2]!
      .split(/\s*(?:,|&|\band\b)\s*/)
      .map((n) => n.trim())
      .filter(Boolean);
    return { kind: 'role', role: /^chair/i.test(role[1]!) ? 'chair' : 'scribe', names };
  }
  return null;
}

/** A line's words and who said them: named by the scribe, continuing the last one named, or the writer's own. */
export interface Scribed {
  nick: string;
  text: string;
  by: 'named' | 'continued' | 'own';
}

/**
 * Whose words a line carries in a scribed call: `name: text` is `name`'s (when `name` is a
 * person: a known nick, the start of one, or a name `writer` used before), and `... text`
 * continues the last person `writer` scribed; anything else is the writer's own.
 */
export class ScribeReader {
  private last = new Map<string, string>();
  private used = new Map<string, Set<string>>();

  /** `known`: person keys of the nicks and names the call knows so far. */
  constructor(private readonly known: Set<string>) {}

  read(writer: string, text: string): Scribed {
    const cont = CONTINUED_RE.exec(text.trim());
    if (cont) {
      const who = this.last.get(writer);
      return { nick: who ?? writer, text: cont[1] ?? '', by: 'continued' };
    }
    const m = NAMED_RE.exec(text.trim());
    if (m && !LABEL_RE.test(m[1]!)) {
      const key = personKey(m[1]!);
      const used = this.used.get(writer) ?? new Set<string>();
      if (this.known.has(key) || used.has(key)) {
        this.last.set(writer, m[1]!);
        return { nick: m[1]!, text: m[2]!, by: 'named' };
      }
      used.add(key);
      this.used.set(writer, used);
    }
    this.last.delete(writer);
    return { nick: writer, text, by: 'own' };
  }
}

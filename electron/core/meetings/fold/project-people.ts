import type { Person } from '../../../../shared/domain/meeting';
import type { PersonView } from '../../../../shared/ipc/meeting-schemas';
import type { JournalLine } from './meeting-fold';

/** One person as Gavel follows them: their nick now, the nicks they had before, presence. */
export interface Presence {
  aliases: string[];
  present: boolean;
  joinedAt: number | null;
  leftAt: number | null;
}

/**
 * Who is in the channel, as far as the meeting tells: everyone in `roster` (the channel's member
 * list when it started) and whoever speaks or joins is present, whoever parts, quits or is kicked
 * has left, and a nick change carries the person over to the new nick (the old one becomes an
 * alias), so one person stays one person. Keyed by each person's current nick.
 */
export function presenceOf(
  lines: readonly JournalLine[],
  roster: readonly string[] = [],
): Map<string, Presence> {
  const people = new Map<string, Presence>();
  for (const nick of roster)
    people.set(nick, { aliases: [], present: true, joinedAt: null, leftAt: null });
  const arrive = (nick: string, at: number | null) =>
    people.set(nick, {
      aliases: people.get(nick)?.aliases ?? [],
      present: true,
      joinedAt: at,
      leftAt: null,
    });
  const leave = (nick: string, at: number | null) => {
    const known = people.get(nick);
    people.set(nick, {
      aliases: known?.aliases ?? [],
      present: false,
      joinedAt: known?.joinedAt ?? null,
      leftAt: at,
    });
  };
  const rename = (from: string, to: string) => {
    const was = people.get(from);
    const there = people.get(to);
    people.delete(from);
    const aliases = new Set([...(there?.aliases ?? []), ...(was?.aliases ?? []), from]);
    aliases.delete(to);
    people.set(to, {
      aliases: [...aliases],
      present: true,
      joinedAt: was?.joinedAt ?? there?.joinedAt ?? null,
      leftAt: null,
    });
  };
  for (const { line } of lines) {
    switch (line.kind) {
      case 'join':
        arrive(line.nick, line.at);
        break;
      case 'part':
      case 'quit':
        leave(line.nick, line.at);
        break;
      case 'kick':
        leave(line.text.split(' ')[0] ?? '', line.at);
        break;
      case 'nick':
        rename(line.nick, line.text);
        break;
      case 'message':
      case 'action':
      case 'notice':
      case 'topic':
        if (!people.get(line.nick)?.present)
          arrive(line.nick, people.get(line.nick)?.joinedAt ?? null);
        break;
      default:
        break;
    }
  }
  return people;
}

/**
 * The meeting's people, one row per person: first those MeetBot counts (most lines first, its
 * order), then anyone else in the channel during the meeting, with 0 lines. A person who changed
 * nick is listed under the nick they have now, with the lines said under every nick they had
 * (MeetBot's own counting, by nick, is what the minutes files keep). `names` gives the name.
 */
export function peopleViews(
  counted: readonly Person[],
  lines: readonly JournalLine[],
  names: (nick: string) => string | null,
  roster: readonly string[] = [],
): PersonView[] {
  const presence = presenceOf(lines, roster);
  const ownerOf = new Map<string, string>();
  for (const [nick, seen] of presence)
    for (const alias of seen.aliases) if (!presence.has(alias)) ownerOf.set(alias, nick);
  const lineCount = new Map<string, number>();
  const nicks = new Set<string>();
  for (const p of counted) {
    const nick = ownerOf.get(p.nick) ?? p.nick;
    nicks.add(nick);
    lineCount.set(nick, (lineCount.get(nick) ?? 0) + p.lines);
  }
  for (const nick of presence.keys()) nicks.add(nick);
  return [...nicks].map((nick) => {
    const seen = presence.get(nick);
    return {
      nick,
      aliases: seen?.aliases ?? [],
      name: names(nick) ?? seen?.aliases.map(names).find((n) => n !== null) ?? null,
      lines: lineCount.get(nick) ?? 0,
      present: seen?.present ?? false,
      joinedAt: seen?.joinedAt ?? null,
      leftAt: seen?.leftAt ?? null,
    };
  });
}

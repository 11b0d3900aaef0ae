import type { Person } from '../../../../shared/domain/meeting';
import type { PersonView } from '../../../../shared/ipc/meeting-schemas';
import type { JournalLine } from './meeting-fold';

interface Presence {
  present: boolean;
  joinedAt: number | null;
  leftAt: number | null;
}

/**
 * Who is in the channel, as far as the meeting's lines tell: whoever speaks or joins is
 * present, whoever parts, quits or is kicked has left, and a nick change moves a person to the
 * new nick. People who were there before the meeting and never spoke are not known.
 */
export function presenceOf(lines: readonly JournalLine[]): Map<string, Presence> {
  const people = new Map<string, Presence>();
  const arrive = (nick: string, at: number | null) =>
    people.set(nick, { present: true, joinedAt: at, leftAt: null });
  const leave = (nick: string, at: number | null) => {
    const known = people.get(nick);
    people.set(nick, { present: false, joinedAt: known?.joinedAt ?? null, leftAt: at });
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
      case 'nick': {
        const joinedAt = people.get(line.nick)?.joinedAt ?? null;
        leave(line.nick, line.at);
        people.set(line.text, { present: true, joinedAt, leftAt: null });
        break;
      }
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
 * The meeting's people: first those MeetBot counts (most lines first, its order), then anyone
 * else seen in the channel during the meeting, with 0 lines. `names` gives the person's name.
 */
export function peopleViews(
  counted: readonly Person[],
  lines: readonly JournalLine[],
  names: (nick: string) => string | null,
): PersonView[] {
  const presence = presenceOf(lines);
  const nicks = new Set(counted.map((p) => p.nick));
  for (const nick of presence.keys()) nicks.add(nick);
  const lineCount = new Map(counted.map((p) => [p.nick, p.lines]));
  return [...nicks].map((nick) => {
    const seen = presence.get(nick);
    return {
      nick,
      name: names(nick),
      lines: lineCount.get(nick) ?? 0,
      present: seen?.present ?? false,
      joinedAt: seen?.joinedAt ?? null,
      leftAt: seen?.leftAt ?? null,
    };
  });
}

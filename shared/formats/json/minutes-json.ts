import type { AgendaItem, ImportedLog } from '../../domain/imported';
import type { Meeting, MeetingItem } from '../../domain/meeting';
import { stripControls } from '../text/sanitize';

/** The schema id written into every JSON minutes file. */
export const MINUTES_SCHEMA = 'gavel.minutes/1';

/** An item of a topic in the JSON minutes. */
export interface JsonItem {
  type: string;
  nick: string;
  text: string;
  time: string;
}

/** An agenda entry in the JSON minutes (nested to any depth). */
export interface JsonAgendaItem {
  title: string;
  owners: string[];
  timebox: number | null;
  items: JsonAgendaItem[];
}

/** `gavel.minutes/1`: the meeting as JSON, keys in this order (see the design notes). */
export interface MinutesJson {
  schema: typeof MINUTES_SCHEMA;
  meeting: {
    name: string | null;
    channel: string;
    startedAt: string | null;
    endedAt: string | null;
    startedBy: string | null;
    chairs: string[];
  };
  source: { format: string | null; lines: number };
  topics: { title: string | null; nick: string | null; time: string | null; items: JsonItem[] }[];
  actions: { text: string; nick: string; time: string; owners: string[] }[];
  votes: {
    question: string;
    options: string[];
    votes: Record<string, string>;
    result: string | null;
  }[];
  people: { nick: string; lines: number }[];
  agenda: JsonAgendaItem[];
  participants: { nick: string; name: string }[];
  /** The stretches the recorder missed: its note, stamped with the stretch's end; only when any. */
  gaps?: { time: string; at: number | null; text: string }[];
}

const s = stripControls;
const maybe = (v: string | null): string | null => (v === null ? null : s(v));

function item(i: MeetingItem): JsonItem {
  return { type: i.type, nick: s(i.nick), text: s(i.text), time: s(i.time) };
}

function agendaItem(a: AgendaItem): JsonAgendaItem {
  return {
    title: s(a.title),
    owners: a.owners.map(s),
    timebox: a.timebox,
    items: a.items.map(agendaItem),
  };
}

/**
 * The JSON minutes of a meeting. `meeting.name` is the `#meetingtopic` (else the source's title,
 * else `#meetingname`). `agenda`, `participants` and `source.format` come from the imported
 * log when given. Control characters are stripped from every string taken from the channel.
 */
export function minutesJson(meeting: Meeting, imported?: ImportedLog): MinutesJson {
  const voteEntries = (votes: Record<string, string>) =>
    Object.fromEntries(Object.entries(votes).map(([nick, choice]) => [s(nick), s(choice)]));
  return {
    schema: MINUTES_SCHEMA,
    meeting: {
      name: maybe(meeting.title ?? imported?.title ?? meeting.name),
      channel: s(meeting.channel),
      startedAt: meeting.startedAt,
      endedAt: meeting.endedAt,
      startedBy: maybe(meeting.startedBy),
      chairs: meeting.chairs.map(s),
    },
    source: { format: imported?.format ?? null, lines: meeting.sourceLines },
    topics: meeting.topics.map((t) => ({
      title: maybe(t.title),
      nick: maybe(t.nick),
      time: maybe(t.time),
      items: t.items.map(item),
    })),
    actions: meeting.actions.map((a) => ({
      text: s(a.text),
      nick: s(a.nick),
      time: s(a.time),
      owners: a.owners.map(s),
    })),
    votes: meeting.votes.map((v) => ({
      question: s(v.question),
      options: v.options.map(s),
      votes: voteEntries(v.votes),
      result: maybe(v.result),
    })),
    people: meeting.people.map((p) => ({ nick: s(p.nick), lines: p.lines })),
    agenda: (imported?.agenda ?? []).map(agendaItem),
    participants: (imported?.participants ?? []).map((p) => ({ nick: s(p.nick), name: s(p.name) })),
    ...(meeting.gaps?.length
      ? { gaps: meeting.gaps.map((g) => ({ time: s(g.time), at: g.at, text: s(g.text) })) }
      : {}),
  };
}

/** The JSON minutes as a file: two-space indented, ending with a newline. */
export function minutesJsonText(meeting: Meeting, imported?: ImportedLog): string {
  return `${JSON.stringify(minutesJson(meeting, imported), null, 2)}\n`;
}

import type { AgendaItem } from '../../domain/imported';
import type { Meeting } from '../../domain/meeting';

/** How many log lines someone said in the meeting. */
export interface PersonLines {
  nick: string;
  lines: number;
}

/**
 * A topic's time: planned (from the agenda's timebox) and actual (from its `#topic` to the next
 * one, or to the end of the meeting), in minutes. `title` is null for what came before the
 * first topic; `actualMin` is null for an agenda entry the meeting never reached.
 */
export interface TopicDuration {
  title: string | null;
  plannedMin: number | null;
  actualMin: number | null;
}

/** Planned minutes by topic title, or the agenda whose timeboxes say them. */
export type PlannedTimes = ReadonlyMap<string, number> | readonly AgendaItem[];

/** Lines said per person, in the order the minutes list people (most lines first). */
export function linesPerPerson(meeting: Meeting): PersonLines[] {
  return meeting.people.map((p) => ({ nick: p.nick, lines: p.lines }));
}

interface Moment {
  at: number | null;
  time: string | null;
}

function seconds(time: string | null): number | null {
  const m = time ? /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(time) : null;
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0) : null;
}

function minutesBetween(a: Moment, b: Moment): number | null {
  if (a.at !== null && b.at !== null) return Math.max(0, b.at - a.at) / 60_000;
  const [sa, sb] = [seconds(a.time), seconds(b.time)];
  // Clock times only: a later time on the next day reads as smaller, so wrap at midnight.
  return sa === null || sb === null ? null : ((sb - sa + 86_400) % 86_400) / 60;
}

/** Titles compare without regard to case or spacing. */
export function titleKey(title: string): string {
  return title.trim().replace(/\s+/g, ' ').toLowerCase();
}

function plannedByTitle(
  planned: PlannedTimes | undefined,
): Map<string, { title: string; minutes: number }> {
  const out = new Map<string, { title: string; minutes: number }>();
  const add = (title: string, minutes: number) => {
    if (!out.has(titleKey(title))) out.set(titleKey(title), { title, minutes });
  };
  const visit = (items: readonly AgendaItem[]): void => {
    for (const item of items) {
      if (item.timebox !== null) add(item.title, item.timebox);
      visit(item.items);
    }
  };
  if (planned instanceof Map) for (const [title, minutes] of planned) add(title, minutes);
  else if (planned) visit(planned as readonly AgendaItem[]);
  return out;
}

/**
 * Each topic's actual minutes, with the planned minutes of the agenda entry of the same title
 * (case and spacing ignored); agenda entries with a timebox that no topic matched follow, with
 * `actualMin` null. A section with no time known has `actualMin` null too.
 */
export function topicDurations(meeting: Meeting, planned?: PlannedTimes): TopicDuration[] {
  const plan = plannedByTitle(planned);
  const lineAt = (n: number | null): Moment => {
    const line =
      n === null
        ? undefined
        : meeting.log[n - 1]?.n === n
          ? meeting.log[n - 1]
          : meeting.log.find((l) => l.n === n);
    return line ? { at: line.at, time: line.time } : { at: null, time: null };
  };
  const starts = meeting.topics.map((t) =>
    t.line === null && meeting.start
      ? { at: meeting.start.at, time: meeting.start.time }
      : lineAt(t.line),
  );
  const end: Moment = meeting.end
    ? { at: meeting.end.at, time: meeting.end.time }
    : { at: null, time: null };
  const used = new Set<string>();
  const rows: TopicDuration[] = meeting.topics.map((t, i) => {
    const key = t.title === null ? null : titleKey(t.title);
    if (key !== null && plan.has(key)) used.add(key);
    return {
      title: t.title,
      plannedMin: key === null ? null : (plan.get(key)?.minutes ?? null),
      actualMin: minutesBetween(starts[i]!, starts[i + 1] ?? end),
    };
  });
  for (const [key, { title, minutes }] of plan) {
    if (!used.has(key)) rows.push({ title, plannedMin: minutes, actualMin: null });
  }
  return rows;
}

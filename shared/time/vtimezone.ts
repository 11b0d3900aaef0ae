import { localStamp, utcOffset } from './ics-text';
import { transitions, type Transition } from './transitions';
import { offsetMinutes } from './world-times';
import type { WallTime } from './zoned';

const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const YEARS_BEFORE = 1;
const YEARS_AFTER = 10;

interface Onset {
  kind: 'DAYLIGHT' | 'STANDARD';
  t: Transition;
  wall: { year: number; month: number; day: number; hour: number; minute: number; weekday: number };
  /** e.g. `2SU`, or `-1SU` when it is the month's last such weekday. */
  nth: string;
  last: string | null;
}

function onsetOf(t: Transition): Onset {
  // An observance starts at the wall-clock time shown before the change (RFC 5545 §3.6.5).
  const d = new Date(t.at + t.from * 60_000);
  const wall = {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    weekday: d.getUTCDay(),
  };
  const monthDays = new Date(Date.UTC(wall.year, wall.month, 0)).getUTCDate();
  const code = DAYS[wall.weekday]!;
  return {
    kind: t.to > t.from ? 'DAYLIGHT' : 'STANDARD',
    t,
    wall,
    nth: `${Math.ceil(wall.day / 7)}${code}`,
    last: wall.day + 7 > monthDays ? `-1${code}` : null,
  };
}

/**
 * The yearly rule every onset follows, as RRULE parts after BYMONTH: the nth weekday of the
 * month (`BYDAY=2SU`), the last one (`BYDAY=-1SU`), or the weekday within a fixed week of days
 * (`BYDAY=SU;BYMONTHDAY=2,…,8`, tzdb's "Sun>=2"); null when there is none.
 */
function sharedRule(onsets: Onset[]): string | null {
  const [first] = onsets;
  if (!first) return null;
  const same = onsets.every(
    (o) =>
      o.wall.month === first.wall.month &&
      o.wall.weekday === first.wall.weekday &&
      o.wall.hour === first.wall.hour &&
      o.wall.minute === first.wall.minute &&
      o.t.from === first.t.from &&
      o.t.to === first.t.to,
  );
  const years = new Set(onsets.map((o) => o.wall.year));
  if (!same || years.size !== onsets.length) return null;
  if (onsets.every((o) => o.nth === first.nth)) return `BYDAY=${first.nth}`;
  if (first.last && onsets.every((o) => o.last === first.last)) return `BYDAY=${first.last}`;
  const days = onsets.map((o) => o.wall.day);
  const from = Math.max(...days) - 6;
  if (from < 1 || from > Math.min(...days)) return null;
  const week = Array.from({ length: 7 }, (_, i) => from + i).join(',');
  return `BYDAY=${DAYS[first.wall.weekday]};BYMONTHDAY=${week}`;
}

function observance(
  kind: string,
  start: WallTime,
  from: number,
  to: number,
  rrule?: string,
): string[] {
  return [
    `BEGIN:${kind}`,
    `DTSTART:${localStamp(start)}`,
    ...(rrule ? [rrule] : []),
    `TZOFFSETFROM:${utcOffset(from)}`,
    `TZOFFSETTO:${utcOffset(to)}`,
    `END:${kind}`,
  ];
}

/**
 * A VTIMEZONE for IANA `zone` valid for events from about `year` on, derived from the offsets
 * this runtime knows. Where the zone changes its clocks by a yearly rule (the nth or last
 * weekday of a month, or the weekday on or after a given day) the rule is given as an RRULE, so it holds for every later year; otherwise
 * each change is listed, up to ten years ahead. Content lines, not yet folded.
 */
export function vtimezone(zone: string, year: number): string[] {
  const start = Date.UTC(year - YEARS_BEFORE, 0, 1);
  const end = Date.UTC(year + YEARS_AFTER + 1, 0, 1);
  const onsets = transitions(zone, start, end).map(onsetOf);
  const initial = offsetMinutes(zone, start);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const span = YEARS_BEFORE + YEARS_AFTER + 1;
  const byKind = (kind: Onset['kind']) => onsets.filter((o) => o.kind === kind);
  const daylight = byKind('DAYLIGHT');
  const standard = byKind('STANDARD');
  const rules = [sharedRule(daylight), sharedRule(standard)];
  if (daylight.length === span && standard.length === span && rules[0] && rules[1]) {
    for (const [i, group] of [daylight, standard].entries()) {
      const o = group[0]!;
      lines.push(
        ...observance(
          o.kind,
          o.wall,
          o.t.from,
          o.t.to,
          `RRULE:FREQ=YEARLY;BYMONTH=${o.wall.month};${rules[i]}`,
        ),
      );
    }
  } else {
    const d = new Date(start + initial * 60_000);
    const wall = {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: 0,
      minute: 0,
    };
    lines.push(...observance('STANDARD', wall, initial, initial));
    for (const o of onsets) lines.push(...observance(o.kind, o.wall, o.t.from, o.t.to));
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

import { fail, ok, type Result } from '../ipc/result';
import { escapeText, foldLine, localStamp, utcStamp } from './ics-text';
import { checkRule, isOccurrence, parseClock, type ScheduleRule } from './schedule';
import { vtimezone } from './vtimezone';
import { wallTimeOf } from './zoned';

/** What a calendar entry for a meeting says. */
export interface IcsEventInput {
  /** Stable and unique per meeting series, e.g. `kamailio-devel@gavel`: calendars update by it. */
  uid: string;
  /** The (first) meeting, epoch ms. */
  start: number;
  durationMin: number;
  summary: string;
  description?: string;
  /** Where to meet, e.g. `#kamailio on irc.libera.chat`. */
  location?: string;
  /** Repeat by this rule; `start` must then be one of its meetings. */
  rule?: ScheduleRule;
  /** When the entry was made (DTSTAMP), epoch ms; defaults to the present. */
  now?: number;
}

const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const UTC_ZONES = new Set(['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Etc/Universal', 'Etc/Zulu']);
const MAX_DURATION = 24 * 60;
// iCalendar years have four digits.
const inRange = (at: number) =>
  Number.isFinite(at) && at >= Date.UTC(1900, 0, 1) && at < Date.UTC(9000, 0, 1);

function problem(e: IcsEventInput): Result<true> | null {
  if (e.uid.trim() === '') return fail('uid', 'A calendar entry needs a unique id (UID).');
  if (!inRange(e.start)) return fail('start', 'The meeting has no valid start time.');
  if (e.now !== undefined && !inRange(e.now))
    return fail('now', 'The time the entry is made at is not a valid time.');
  if (!Number.isInteger(e.durationMin) || e.durationMin < 1 || e.durationMin > MAX_DURATION)
    return fail(
      'duration',
      `The duration must be 1 to ${MAX_DURATION} whole minutes, not ${e.durationMin}.`,
    );
  if (e.summary.trim() === '') return fail('summary', 'A calendar entry needs a title.');
  if (!e.rule) return null;
  const checked = checkRule(e.rule);
  if (!checked.ok) return checked;
  if (!isOccurrence(e.rule, e.start))
    return fail(
      'start',
      `The start is not one of the meetings of the rule (${e.rule.time} ${e.rule.zone}).`,
    );
  return null;
}

function when(e: IcsEventInput): string[] {
  const end = e.start + e.durationMin * 60_000;
  const rule = e.rule;
  if (!rule) return [`DTSTART:${utcStamp(e.start)}`, `DTEND:${utcStamp(end)}`];
  const rrule = `RRULE:FREQ=WEEKLY;INTERVAL=${rule.every};BYDAY=${DAYS[rule.weekday]}`;
  if (UTC_ZONES.has(rule.zone))
    return [`DTSTART:${utcStamp(e.start)}`, `DTEND:${utcStamp(end)}`, rrule];
  // The series follows the zone's clocks, so DTSTART is local with a TZID; the length is a
  // DURATION because the end's wall time could fall on the other side of a clock change.
  const clock = parseClock(rule.time)!;
  const wall = { ...wallTimeOf(e.start, rule.zone), ...clock };
  return [`DTSTART;TZID=${rule.zone}:${localStamp(wall)}`, `DURATION:PT${e.durationMin}M`, rrule];
}

/**
 * An iCalendar file (RFC 5545) with one event: CRLF line endings, lines folded at 75 octets,
 * text escaped, DTSTAMP and times in UTC. With a rule, a weekly RRULE whose DTSTART is the
 * zone's local time under its TZID, with a VTIMEZONE describing that zone, so calendars keep the
 * meeting at its local time across daylight-saving changes (a UTC zone needs neither).
 * Fails with a message when an input is wrong.
 */
export function icsEvent(e: IcsEventInput): Result<string> {
  const bad = problem(e);
  if (bad && !bad.ok) return bad;
  const zoned = e.rule && !UTC_ZONES.has(e.rule.zone);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Gavel//Gavel meeting schedule//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(zoned ? vtimezone(e.rule!.zone, wallTimeOf(e.start, e.rule!.zone).year) : []),
    'BEGIN:VEVENT',
    `UID:${escapeText(e.uid.trim())}`,
    `DTSTAMP:${utcStamp(e.now ?? Date.now())}`,
    ...when(e),
    `SUMMARY:${escapeText(e.summary)}`,
    ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
    ...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return ok(lines.map(foldLine).join(''));
}

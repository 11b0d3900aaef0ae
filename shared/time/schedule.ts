import { z } from 'zod';
import { fail, ok, type Result } from '../ipc/result';
import { isKnownZone } from './world-times';
import { dateOfDay, dayNumber, instantOf, wallTimeOf } from './zoned';

/**
 * A channel's recurring meeting: every week or every other week on `weekday` (0 = Sunday) at
 * `time` (`HH:MM`, 24-hour) as the clocks of `zone` (IANA) show it, so its UTC instant moves when
 * that zone changes to or from daylight-saving time. A fortnightly meeting needs `anchor`, the
 * `YYYY-MM-DD` of one of its meetings, to know which weeks are on.
 */
export const ScheduleRule = z.object({
  weekday: z.number().int().min(0).max(6),
  time: z.string(),
  zone: z.string(),
  every: z.union([z.literal(1), z.literal(2)]),
  anchor: z.string().optional(),
});
export type ScheduleRule = z.infer<typeof ScheduleRule>;

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MAX_COUNT = 1000;
// Dates reach ±8.64e15 ms; keep a year's margin for the weeks looked ahead.
const LATEST = 8.64e15 - 366 * 86_400_000;

/** The English name of weekday `n` (0 = Sunday). */
export function weekdayName(n: number): string {
  return WEEKDAYS[n] ?? `day ${n}`;
}

/** Hours and minutes of an `HH:MM` time, or null when it is not one. */
export function parseClock(time: string): { hour: number; minute: number } | null {
  const m = TIME_RE.exec(time);
  return m ? { hour: Number(m[1]), minute: Number(m[2]) } : null;
}

function anchorDay(anchor: string): number | null {
  const m = DATE_RE.exec(anchor);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = dayNumber(y, mo, d);
  const back = dateOfDay(days);
  return back.year === y && back.month === mo && back.day === d ? days : null;
}

/** The rule when it makes sense; otherwise a failure saying what to fix. */
export function checkRule(rule: ScheduleRule): Result<ScheduleRule> {
  if (!Number.isInteger(rule.weekday) || rule.weekday < 0 || rule.weekday > 6)
    return fail('weekday', `The weekday must be 0 (Sunday) to 6 (Saturday), not ${rule.weekday}.`);
  if (!parseClock(rule.time))
    return fail('time', `The time "${rule.time}" is not a 24-hour time such as 15:00.`);
  if (!isKnownZone(rule.zone))
    return fail(
      'time-zone',
      `Unknown time zone "${rule.zone}": use an IANA name such as Europe/Berlin or UTC.`,
    );
  if (rule.every !== 1 && rule.every !== 2)
    return fail('every', 'A meeting repeats every week (1) or every other week (2).');
  if (rule.anchor === undefined) {
    return rule.every === 2
      ? fail(
          'anchor',
          'A meeting every other week needs the date of one of its meetings (YYYY-MM-DD).',
        )
      : ok(rule);
  }
  const day = anchorDay(rule.anchor);
  if (day === null)
    return fail('anchor', `The date "${rule.anchor}" is not a date in the form YYYY-MM-DD.`);
  if (dateOfDay(day).weekday !== rule.weekday)
    return fail(
      'anchor',
      `${rule.anchor} is not a ${weekdayName(rule.weekday)}, the meeting's day.`,
    );
  return ok(rule);
}

/**
 * The next `count` meetings (epoch ms, ascending; at most 1,000) at or after `now`. Fails when
 * the rule does not make sense (see `checkRule`) or `now` is not a time.
 */
export function upcoming(rule: ScheduleRule, now: number, count: number): Result<number[]> {
  const checked = checkRule(rule);
  if (!checked.ok) return checked;
  if (!Number.isFinite(now) || Math.abs(now) > LATEST)
    return fail('time', 'There is no valid time to count the meetings from.');
  const wanted = Number.isFinite(count) ? Math.min(Math.max(Math.trunc(count), 0), MAX_COUNT) : 0;
  const clock = parseClock(rule.time)!;
  const anchor = rule.anchor === undefined ? null : anchorDay(rule.anchor)!;
  const today = wallTimeOf(now, rule.zone);
  // Start a day early: `now` may be late on the zone's previous day in UTC terms.
  let day = dayNumber(today.year, today.month, today.day) - 1;
  const out: number[] = [];
  while (out.length < wanted) {
    const date = dateOfDay(day);
    const onWeek = anchor === null || ((day - anchor) / 7) % rule.every === 0;
    if (date.weekday === rule.weekday && onWeek) {
      const at = instantOf({ ...date, ...clock }, rule.zone);
      if (at >= now) out.push(at);
    }
    day++;
  }
  return ok(out);
}

/** The next meeting (epoch ms) at or after `now`, at the rule's local time in its zone. */
export function nextOccurrence(rule: ScheduleRule, now: number): Result<number> {
  const next = upcoming(rule, now, 1);
  return next.ok ? ok(next.value[0]!) : next;
}

/** True when instant `at` is one of the rule's meetings. */
export function isOccurrence(rule: ScheduleRule, at: number): boolean {
  const next = upcoming(rule, at, 1);
  return next.ok && next.value[0] === at;
}

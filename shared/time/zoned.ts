import { offsetMinutes } from './world-times';

/** A wall-clock date and time, as a calendar and a clock in some zone show it. */
export interface WallTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Days since 1970-01-01 of a calendar date (proleptic Gregorian). */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY);
}

/** The calendar date of a day number, and its weekday (0 = Sunday). */
export function dateOfDay(days: number): {
  year: number;
  month: number;
  day: number;
  weekday: number;
} {
  const d = new Date(days * DAY);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
  };
}

/** What a clock in `zone` shows at instant `at` (epoch ms), with the weekday (0 = Sunday). */
export function wallTimeOf(at: number, zone: string): WallTime & { weekday: number } {
  const d = new Date(at + offsetMinutes(zone, at) * MINUTE);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    weekday: d.getUTCDay(),
  };
}

/**
 * The instant (epoch ms) at which a clock in `zone` shows `wall`. Where clocks go back and a
 * time happens twice, the first; where they jump forward and it never happens, the time as far
 * past the jump as it was meant to be before it (02:30 on a spring-forward night is 03:30), as
 * calendar programs and JavaScript's Temporal do.
 */
export function instantOf(wall: WallTime, zone: string): number {
  const local = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  const before = offsetMinutes(zone, local - DAY);
  const after = offsetMinutes(zone, local + DAY);
  const fits = [before, after]
    .map((offset) => ({ offset, at: local - offset * MINUTE }))
    .filter((c) => offsetMinutes(zone, c.at) === c.offset)
    .map((c) => c.at);
  return fits.length > 0 ? Math.min(...fits) : local - before * MINUTE;
}

import type { ImportedTable } from '../../../domain/imported';
import { isIsoDate } from './dates';
import { parseClock } from './clock-time';

const HALF_HOUR_MS = 30 * 60_000;
const MAX_OFFSET_MS = 14 * 3_600_000;

/**
 * The UTC offset (`+02:00`) a log kept in local time was in, worked out from the instant its
 * meeting was scheduled to start (a page's "15:00 UTC") and the first stamped line (date and
 * wall time in the log's zone): their difference, to the nearest half hour. A Kamailio wiki chat
 * log gives its logger's local times; the agenda page next to it states the UTC time. Null when
 * the date or time cannot be read or the difference is no offset a zone has.
 */
export function offsetFromSchedule(date: string, time: string, scheduledAt: number): string | null {
  const clock = parseClock(time);
  if (!clock || !isIsoDate(date) || !Number.isFinite(scheduledAt)) return null;
  const wall = Date.parse(`${date}T${clock.length === 5 ? `${clock}:00` : clock}Z`);
  if (Number.isNaN(wall)) return null;
  const offset = Math.round((wall - scheduledAt) / HALF_HOUR_MS) * HALF_HOUR_MS;
  if (Math.abs(offset) > MAX_OFFSET_MS) return null;
  const minutes = Math.abs(offset) / 60_000;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${offset < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/**
 * The offset of a log whose times carry no zone (no line placed, no zone stated), from the UTC
 * starts its channel's meeting pages state: the first start that gives an offset for the log's
 * first stamped line. Null when the log needs no zone or no start fits (then ask for it).
 */
export function zoneFromSchedules(log: ImportedTable, starts: readonly number[]): string | null {
  const { table } = log;
  if (log.timeZone !== null || log.date === null) return null;
  let first: string | null = null;
  for (let i = 0; i < table.length; i++) {
    if (table.at(i) !== null) return null;
    if (first === null && table.time(i) !== '') first = table.time(i);
  }
  if (first === null) return null;
  for (const at of starts) {
    const offset = offsetFromSchedule(log.date, first, at);
    if (offset !== null) return offset;
  }
  return null;
}

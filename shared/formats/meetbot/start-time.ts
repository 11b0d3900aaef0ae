import type { Meeting } from '../../domain/meeting';
import { clockSeconds } from '../../meeting/clock';
import { offsetAt, wallToInstant } from '../../meeting/zone';
import type { WallTime } from '../text/strftime';

// MeetBot replaying a log without a date parses times with strptime, whose year is 1900.
const NO_DATE = '1900-01-01';

/** The wall-clock start of the meeting in its time zone, for file names. */
export function startWallTime(meeting: Meeting): WallTime {
  const start = meeting.start;
  const seconds = start ? (clockSeconds(start.time) ?? 0) : 0;
  const ms =
    start?.at != null
      ? start.at + offsetAt(meeting.timeZone, start.at) * 60_000
      : wallToInstant(meeting.date ?? NO_DATE, start?.day ?? 0, seconds, null);
  const t = new Date(ms);
  return {
    year: t.getUTCFullYear(),
    month: t.getUTCMonth() + 1,
    day: t.getUTCDate(),
    hour: t.getUTCHours(),
    minute: t.getUTCMinutes(),
    second: t.getUTCSeconds(),
  };
}

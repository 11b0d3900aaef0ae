const CLOCK_RE = /^(\d{1,2}):(\d\d)(?::(\d\d))?$/;

const digit = (text: string, i: number) => text.charCodeAt(i) - 48;
const HM_DIGITS = [0, 1, 3, 4];
const HMS_DIGITS = [0, 1, 3, 4, 6, 7];

/**
 * A time of day as Gavel stores it: `HH:MM:SS`, or `HH:MM` when there are no seconds, 24-hour.
 * `meridiem` (`am`/`pm`, any case) converts a 12-hour clock. Null when out of range.
 */
export function clockTime(h: string, m: string, s?: string, meridiem?: string): string | null {
  let hour = Number(h);
  const minute = Number(m);
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem[0] === 'p' || meridiem[0] === 'P' ? 12 : 0);
  }
  // 60 seconds is a leap second, which some loggers do write.
  if (hour > 23 || minute > 59 || (s !== undefined && Number(s) > 60)) return null;
  const hm = `${hour < 10 ? '0' : ''}${hour}:${m}`;
  return s === undefined ? hm : `${hm}:${s}`;
}

/** True for `HH:MM` or `HH:MM:SS` already in range: the common case, checked without a regex. */
function isNormalClock(text: string): boolean {
  const n = text.length;
  if ((n !== 5 && n !== 8) || text[2] !== ':' || (n === 8 && text[5] !== ':')) return false;
  for (const i of n === 5 ? HM_DIGITS : HMS_DIGITS) {
    const d = digit(text, i);
    if (d < 0 || d > 9) return false;
  }
  return (
    digit(text, 0) * 10 + digit(text, 1) < 24 &&
    digit(text, 3) < 6 &&
    (n === 5 || text.slice(6) <= '60')
  );
}

/** Parses `H:MM`, `HH:MM` or `HH:MM:SS`, with an optional am/pm given apart. */
export function parseClock(text: string, meridiem?: string): string | null {
  if (!meridiem && isNormalClock(text)) return text;
  const m = CLOCK_RE.exec(text);
  return m ? clockTime(m[1]!, m[2]!, m[3], meridiem) : null;
}

/** Seconds since midnight of a time made by `clockTime`. */
export function secondsOfDay(time: string): number {
  const seconds = time.length === 8 ? digit(time, 6) * 10 + digit(time, 7) : 0;
  return (
    (digit(time, 0) * 10 + digit(time, 1)) * 3600 +
    (digit(time, 3) * 10 + digit(time, 4)) * 60 +
    seconds
  );
}

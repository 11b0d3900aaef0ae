const CLOCK_RE = /^(\d{1,2}):(\d\d)(?::(\d\d))?$/;

const digit = (text: string, i: number) => text.charCodeAt(i) - 48;
const isDigit = (d: number) => d >= 0 && d <= 9;

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
  if ((n !== 5 && n !== 8) || text.charCodeAt(2) !== 58) return false;
  const [h1, h2, m1, m2] = [digit(text, 0), digit(text, 1), digit(text, 3), digit(text, 4)];
  if (!isDigit(h1) || !isDigit(h2) || !isDigit(m1) || !isDigit(m2)) return false;
  if (h1 * 10 + h2 >= 24 || m1 >= 6) return false;
  if (n === 5) return true;
  const [s1, s2] = [digit(text, 6), digit(text, 7)];
  return text.charCodeAt(5) === 58 && isDigit(s1) && isDigit(s2) && s1 * 10 + s2 <= 60;
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

const TIME_RE = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

// The number written at `i` and `i + 1`, or 99 when those are not two digits.
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : 99;
}

/** Seconds after midnight of an `HH:MM:SS` or `HH:MM` stamp, or null for anything else. */
export function clockSeconds(time: string): number | null {
  // Fast path for the usual `HH:MM:SS`, read digit by digit: this runs for every line.
  if (time.length === 8 && time.charCodeAt(2) === 58 && time.charCodeAt(5) === 58) {
    const h = twoDigits(time, 0);
    const m = twoDigits(time, 3);
    const s = twoDigits(time, 6);
    if (h <= 23 && m <= 59 && s <= 60) return h * 3600 + m * 60 + s;
  }
  const m = TIME_RE.exec(time.trim());
  if (!m) return null;
  const [h, min, s] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  if (h > 23 || min > 59 || s > 60) return null;
  return h * 3600 + min * 60 + s;
}

/** Tracks midnight in a log whose stamps carry no date: a stamp earlier than the last is a new day. */
export interface DayCounter {
  day: number;
  last: number | null;
}

/** A counter at day 0 before any stamp. */
export function newDayCounter(): DayCounter {
  return { day: 0, last: null };
}

/**
 * Advances the counter with the next stamp and returns its day (0 for the first day). Stamps
 * that cannot be read keep the current day.
 */
export function dayOf(counter: DayCounter, time: string): number {
  const s = clockSeconds(time);
  if (s === null) return counter.day;
  if (counter.last !== null && s < counter.last) counter.day++;
  counter.last = s;
  return counter.day;
}

/**
 * The locale the window writes dates and times in: the browser's (Electron's is the app's), so a
 * chair in Germany reads `15:05` and one in the US `3:05 PM`. Only the window reads so: exported
 * files keep ISO dates and 24-hour times.
 */
export function userLocale(): string | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.language || undefined;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: string | undefined, kind: string, options: Intl.DateTimeFormatOptions) {
  const key = `${kind} ${locale ?? ''}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, options);
    formats.set(key, found);
  }
  return found;
}

/** An instant as a clock time the way the user's locale writes one (`3:05 PM`, `15:05`). */
export function clockTime(at: number, locale = userLocale()): string {
  return format(locale, 'clock', { timeStyle: 'short' }).format(at);
}

/** An instant as a clock time with seconds (`3:05:09 PM`, `15:05:09`): a transcript line's. */
export function clockTimeSeconds(at: number, locale = userLocale()): string {
  return format(locale, 'seconds', { timeStyle: 'medium' }).format(at);
}

/**
 * An instant as a date and time the way the user's locale writes them (`Jan 9, 2024, 7:05 AM`
 * in en-US, `9 Jan 2024, 07:05` in en-GB), in the chair's time zone.
 */
export function localDateTime(at: number, locale = userLocale()): string {
  return format(locale, 'date-time', { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/** An instant's day the way the user's locale writes it (`Mar 5, 2025`, `05.03.2025`). */
export function localDate(at: number, locale = userLocale()): string {
  return format(locale, 'date', { dateStyle: 'medium' }).format(at);
}

/** An instant as ISO 8601 for a `<time dateTime>` attribute: the machine-readable date. */
export const isoInstant = (at: number): string => new Date(at).toISOString();

/** True when the user's locale writes clock times with a day period (`3:05 PM`), not 24-hour. */
export function usesDayPeriod(locale = userLocale()): boolean {
  const cycle = format(locale, 'clock', { timeStyle: 'short' }).resolvedOptions().hourCycle;
  return cycle === 'h11' || cycle === 'h12';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as `HH:MM` in the chair's time zone. */
export function clockTime(at: number): string {
  const d = new Date(at);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * An instant as a date and time the way the user's locale writes them (`Jan 9, 2024, 7:05 AM`
 * in en-US, `9 Jan 2024, 07:05` in en-GB), in the chair's time zone. `locale` defaults to the
 * browser's. Only the window reads so: exported files keep ISO dates.
 */
export function localDateTime(at: number, locale?: string): string {
  const key = locale ?? '';
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    formats.set(key, format);
  }
  return format.format(at);
}

/** An instant as ISO 8601 for a `<time dateTime>` attribute: the machine-readable date. */
export const isoInstant = (at: number): string => new Date(at).toISOString();

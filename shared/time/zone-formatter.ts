const formatters = new Map<string, Intl.DateTimeFormat | null>();

/** The fields every zone formatter shows: each wall-clock field, numeric, 24-hour. */
const WALL_CLOCK: Intl.DateTimeFormatOptions = {
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
};

/**
 * A formatter for the IANA zone `zone` in `locale` with `options`, made once per zone, locale
 * and options (the one cache of date formatters); null when the runtime does not know the zone.
 */
export function zoneFormat(
  zone: string,
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat | null {
  const key = `${zone}\u0000${locale}\u0000${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone });
    } catch {
      f = null;
    }
    formatters.set(key, f);
  }
  return f;
}

/**
 * A formatter of every wall-clock field (24-hour, numeric, `en-US` so parts are plain digits)
 * in the IANA zone `zone`, made once per zone; null when the runtime does not know the zone.
 */
export function zoneFormatter(zone: string): Intl.DateTimeFormat | null {
  return zoneFormat(zone, 'en-US', WALL_CLOCK);
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

/**
 * A formatter of every wall-clock field (24-hour, numeric, `en-US` so parts are plain digits)
 * in the IANA zone `zone`, made once per zone; null when the runtime does not know the zone.
 */
export function zoneFormatter(zone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(zone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      f = null;
    }
    formatters.set(zone, f);
  }
  return f;
}

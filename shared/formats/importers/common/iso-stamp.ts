import { parseClock } from './clock-time';
import { isIsoDate } from './dates';
import type { Stamp } from './log-builder';
import { normalizeZone } from './zone';

/** A line's stamp split into what LogBuilder.add takes. */
export interface IsoStamp {
  time: string;
  stamp: Stamp;
}

let lastZone = { text: '', zone: null as string | null };

/**
 * Reads an ISO 8601 stamp's parts as an importer's regex captured them: `YYYY-MM-DD`,
 * `HH:MM:SS`, and the zone (`Z`, `+0000`, `+00:00`; undefined when the log does not say).
 * Null when the date or time does not exist.
 */
export function isoStamp(date: string, clock: string, zone: string | undefined): IsoStamp | null {
  const time = parseClock(clock);
  if (!time || !isIsoDate(date)) return null;
  if (zone === undefined) return { time, stamp: { date } };
  if (lastZone.text !== zone) lastZone = { text: zone, zone: normalizeZone(zone) };
  const z = lastZone.zone;
  return z ? { time, stamp: { date, zone: z } } : { time, stamp: { date } };
}

import { zoneFormat, zoneFormatter } from './zone-formatter';
/** A place whose local time a meeting page lists, by IANA time zone. */
export interface City {
  name: string;
  zone: string;
}

/** One city's local time of an instant. */
export interface CityTime {
  city: string;
  zone: string;
  /** e.g. `Tue 31 Jan 2012, 16:00` */
  local: string;
  /** e.g. `UTC+1`, `UTC-4:30`, `UTC` — the offset in force at that instant (DST included). */
  offset: string;
  /** Calendar day relative to UTC: -1, 0 or +1. */
  dayShift: number;
}

/** Cities a project meeting page commonly lists when none are configured. */
export const DEFAULT_CITIES: City[] = [
  { name: 'San Francisco', zone: 'America/Los_Angeles' },
  { name: 'New York', zone: 'America/New_York' },
  { name: 'London', zone: 'Europe/London' },
  { name: 'Berlin', zone: 'Europe/Berlin' },
  { name: 'Bucharest', zone: 'Europe/Bucharest' },
  { name: 'Moscow', zone: 'Europe/Moscow' },
  { name: 'Bangalore', zone: 'Asia/Kolkata' },
  { name: 'Beijing', zone: 'Asia/Shanghai' },
  { name: 'Tokyo', zone: 'Asia/Tokyo' },
  { name: 'Sydney', zone: 'Australia/Sydney' },
];

/** True when `zone` is an IANA time zone this runtime knows. */
export function isKnownZone(zone: string): boolean {
  return zoneFormatter(zone) !== null;
}

/** A zone's weekday, date, 24-hour time and UTC offset, as `partsIn` reads them. */
const DAY_AND_OFFSET: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
};

function partsIn(zone: string, at: number): Record<string, string> {
  const fmt = zoneFormat(zone, 'en-GB', DAY_AND_OFFSET);
  if (!fmt) throw new RangeError(`Unknown time zone: ${zone}`);
  const out: Record<string, string> = {};
  for (const p of fmt.formatToParts(at)) out[p.type] = p.value;
  return out;
}

/** The offset of `zone` from UTC at instant `at`, in minutes (DST included). */
export function offsetMinutes(zone: string, at: number): number {
  const name = partsIn(zone, at).timeZoneName ?? 'GMT';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

function offsetLabel(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const mm = abs % 60;
  return `UTC${sign}${Math.floor(abs / 60)}${mm ? `:${String(mm).padStart(2, '0')}` : ''}`;
}

/**
 * The local time of instant `at` (epoch ms) in each city, with the offset in force then, so a
 * meeting announced across a daylight-saving change shows each city's real time.
 */
export function worldTimes(at: number, cities: readonly City[] = DEFAULT_CITIES): CityTime[] {
  const utcDay = Math.floor(at / 86_400_000);
  return cities.map(({ name, zone }) => {
    const p = partsIn(zone, at);
    const offset = offsetMinutes(zone, at);
    const localDay = Math.floor((at + offset * 60_000) / 86_400_000);
    return {
      city: name,
      zone,
      local: `${p.weekday} ${p.day} ${p.month} ${p.year}, ${p.hour}:${p.minute}`,
      offset: offsetLabel(offset),
      dayShift: localDay - utcDay,
    };
  });
}

import { zoneFormatter } from '../time/zone-formatter';

const OFFSET_RE = /^(?:UTC|GMT)?([+-])(\d{1,2}):?(\d{2})?$/;

function isUtc(zone: string | null): boolean {
  return zone === null || /^(?:UTC|GMT|Z|Etc\/UTC|Etc\/GMT)$/i.test(zone);
}

function fixedOffset(zone: string): number | null {
  const m = OFFSET_RE.exec(zone);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

function formatFor(zone: string): Intl.DateTimeFormat {
  const f = zoneFormatter(zone);
  if (!f) throw new RangeError(`Unknown time zone ${zone}`);
  return f;
}

/** Why a time zone is not usable, or null: an IANA name, `UTC`, or an offset like `-04:00`. */
export function zoneProblem(zone: string): string | null {
  if (isUtc(zone) || fixedOffset(zone) !== null) return null;
  try {
    formatFor(zone);
    return null;
  } catch {
    return `Unknown time zone "${zone}"; use an IANA name such as Europe/Berlin, or an offset such as -04:00.`;
  }
}

/** Minutes east of UTC in `zone` at the instant `ms` (null zone: UTC). */
export function offsetAt(zone: string | null, ms: number): number {
  if (zone === null || isUtc(zone)) return 0;
  const fixed = fixedOffset(zone);
  if (fixed !== null) return fixed;
  const parts: Record<string, number> = {};
  for (const p of formatFor(zone).formatToParts(new Date(ms))) parts[p.type] = Number(p.value);
  const wall = Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour!,
    parts.minute!,
    parts.second!,
  );
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / 60_000);
}

/**
 * The instant of a wall-clock time in `zone`: `date` (`YYYY-MM-DD`) plus `days`, at `seconds`
 * after midnight. In a DST gap or overlap the earlier offset wins.
 */
export function wallToInstant(
  date: string,
  days: number,
  seconds: number,
  zone: string | null,
): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d + days) + seconds * 1000;
  const guess = wall - offsetAt(zone, wall) * 60_000;
  return wall - offsetAt(zone, guess) * 60_000;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** ISO 8601 to the second, in `zone`'s local time with its offset (`Z` for UTC). */
export function isoInZone(ms: number, zone: string | null): string {
  const offset = offsetAt(zone, ms);
  const t = new Date(ms + offset * 60_000);
  const date = `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
  const time = `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`;
  if (offset === 0 && isUtc(zone)) return `${date}T${time}Z`;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${date}T${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

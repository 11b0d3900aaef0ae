import { zoneFormatter } from '../../../time/zone-formatter';
import { secondsOfDay } from './clock-time';

const OFFSET_RE = /^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d\d))?$/i;

/**
 * A time zone as Gavel stores it: `UTC`, a fixed offset `±HH:MM`, or an IANA name the runtime
 * knows (`Europe/Berlin`). Accepts `Z`, `GMT`, `+0530`, `-4`, `UTC-4`. Null when unusable.
 */
export function normalizeZone(zone: string): string | null {
  const z = zone.trim();
  if (/^(?:Z|UTC|GMT|Etc\/UTC|UTC0|GMT0)$/i.test(z)) return 'UTC';
  const m = OFFSET_RE.exec(z);
  if (m) {
    const hours = Number(m[2]);
    const minutes = Number(m[3] ?? 0);
    if (hours > 14 || minutes > 59) return null;
    if (hours === 0 && minutes === 0) return 'UTC';
    return `${m[1]}${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
  }
  if (!/^[A-Za-z][A-Za-z0-9_+/-]*$/.test(z) || z.length > 64) return null;
  return zoneFormatter(z) ? z : null;
}

/** Minutes east of UTC of a normalised fixed zone (`UTC`, `±HH:MM`); null for IANA names. */
function fixedOffset(zone: string): number | null {
  if (zone === 'UTC') return 0;
  const m = /^([+-])(\d\d):(\d\d)$/.exec(zone);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

/** Milliseconds the wall clock in `f`'s zone is ahead of UTC at instant `utc`. */
function zoneAhead(f: Intl.DateTimeFormat, utc: number): number {
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(utc)) p[part.type] = Number(part.value);
  const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return wall - Math.floor(utc / 1000) * 1000;
}

// An importer converts many lines of the same day and hour; Intl and date parsing are slow, so
// the last day, the fixed offsets and the zone offsets per hour are remembered.
let lastDay = { date: '', ms: Number.NaN };
const fixedOffsets = new Map<string, number | null>();
const offsets = new Map<string, number>();
let lastHour = { key: '', ahead: 0 };

function dayStart(date: string): number {
  if (lastDay.date !== date) lastDay = { date, ms: Date.parse(`${date}T00:00:00Z`) };
  return lastDay.ms;
}

function aheadInZone(zone: string, date: string, time: string, wall: number): number | null {
  const key = `${zone}|${date}|${time.slice(0, 2)}`;
  if (lastHour.key === key) return lastHour.ahead;
  let ahead = offsets.get(key);
  if (ahead === undefined) {
    const f = zoneFormatter(zone);
    if (!f) return null;
    ahead = zoneAhead(f, wall - zoneAhead(f, wall));
    if (offsets.size > 10_000) offsets.clear();
    offsets.set(key, ahead);
  }
  lastHour = { key, ahead };
  return ahead;
}

/**
 * Epoch milliseconds of a wall-clock `date` (`YYYY-MM-DD`) and `time` (`HH:MM[:SS]`, as made by
 * `clockTime`) in a zone from `normalizeZone`. In a daylight-saving gap or overlap the later
 * offset is used. Null when the date or the zone is unusable.
 */
export function epochAt(date: string, time: string, zone: string): number | null {
  const day = dayStart(date);
  if (Number.isNaN(day)) return null;
  const wall = day + secondsOfDay(time) * 1000;
  if (zone === 'UTC') return wall;
  let fixed = fixedOffsets.get(zone);
  if (fixed === undefined) {
    fixed = fixedOffset(zone);
    fixedOffsets.set(zone, fixed);
  }
  if (fixed !== null) return wall - fixed * 60_000;
  const ahead = aheadInZone(zone, date, time, wall);
  return ahead === null ? null : wall - ahead;
}

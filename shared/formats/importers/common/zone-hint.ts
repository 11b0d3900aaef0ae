import { normalizeZone } from './zone';

const UTC_OFFSET_RE = /\b(?:UTC|GMT) ?([+-]) ?(\d{1,2}(?::?\d\d)?)(?![\d:])/i;
const NUMERIC_OFFSET_RE = /(?:^|[\s(])([+-]\d{4})(?!\d)/;
const UTC_RE = /\b(?:UTC|GMT)\b/i;

/**
 * The zone a note states for a transcript's times: `Times are in EDT (UTC -4)` gives `-04:00`,
 * `time (-0500 EST)` gives `-05:00`, `All times in UTC` gives `UTC`. Null when none is stated.
 */
export function zoneHint(text: string): string | null {
  const utc = UTC_OFFSET_RE.exec(text);
  if (utc) return normalizeZone(`${utc[1]}${utc[2]}`);
  const numeric = NUMERIC_OFFSET_RE.exec(text);
  if (numeric) return normalizeZone(numeric[1]!);
  return UTC_RE.test(text) ? 'UTC' : null;
}

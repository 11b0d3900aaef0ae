import { fail, ok, type Result } from '../../../../shared/ipc/result';
import { DEFAULT_CITIES, isKnownZone, type City } from '../../../../shared/time/world-times';

/** Most cities a schedule lists (the core's limit). */
export const MAX_CITIES = 30;

/** The cities a new schedule starts with: UTC and a spread of places across the world. */
export const USUAL_CITIES: City[] = [
  { name: 'UTC', zone: 'UTC' },
  { name: 'New York', zone: 'America/New_York' },
  { name: 'Berlin', zone: 'Europe/Berlin' },
  { name: 'Tokyo', zone: 'Asia/Tokyo' },
  { name: 'São Paulo', zone: 'America/Sao_Paulo' },
  { name: 'Bangalore', zone: 'Asia/Kolkata' },
];

/** Cities whose zone Gavel knows by name, so the chair can add one by its name alone. */
export const KNOWN_CITIES: City[] = [
  ...USUAL_CITIES,
  ...DEFAULT_CITIES.filter((c) => !USUAL_CITIES.some((u) => u.name === c.name)),
];

const sameName = (a: string, b: string) =>
  a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;

/**
 * `cities` with `name` in `zone` added at the end. A known city's zone is filled in when `zone`
 * is empty. Fails with what to fix: no name, no or an unknown zone, a name already listed, or
 * a list already full.
 */
export function addCity(cities: readonly City[], name: string, zone: string): Result<City[]> {
  const cityName = name.trim();
  if (cityName === '') return fail('city-name', 'Give the city a name.');
  if (cities.some((c) => sameName(c.name, cityName)))
    return fail('city-name', `${cityName} is in the list already.`);
  if (cities.length >= MAX_CITIES)
    return fail('city-name', `A schedule shows at most ${MAX_CITIES} cities.`);
  const cityZone = zone.trim() || KNOWN_CITIES.find((c) => sameName(c.name, cityName))?.zone || '';
  if (cityZone === '')
    return fail('city-zone', `Give ${cityName}'s time zone, such as Europe/Berlin.`);
  if (!isKnownZone(cityZone))
    return fail(
      'city-zone',
      `Unknown time zone "${cityZone}": use an IANA name such as Europe/Berlin or UTC.`,
    );
  return ok([...cities, { name: cityName, zone: cityZone }]);
}

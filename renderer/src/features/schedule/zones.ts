let zones: string[] | null = null;

/** The IANA time zones this runtime knows, UTC first, for a field's suggestions. */
export function timeZones(): string[] {
  zones ??= ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')];
  return zones;
}

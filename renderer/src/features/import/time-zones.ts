/** The zone this computer is set to (IANA name), or UTC when the engine cannot say. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

let choices: readonly string[] | null = null;

/**
 * Every IANA zone the engine knows, sorted, with UTC and this computer's zone always among
 * them (engines list neither `UTC` nor legacy names such as `Asia/Calcutta`).
 */
export function timeZoneChoices(): readonly string[] {
  if (!choices) {
    const known =
      typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    choices = [...new Set([...known, 'UTC', browserTimeZone()])].sort();
  }
  return choices;
}

import { useMemo } from 'react';
import { timeZoneChoices } from './time-zones';

/** A select of every time zone the engine knows; label it with a `<label htmlFor={id}>`. */
export function TimeZoneSelect({
  id,
  value,
  onChange,
  describedBy,
}: {
  id: string;
  value: string;
  onChange(zone: string): void;
  describedBy?: string;
}) {
  // Hundreds of options that never change: built once, so typing elsewhere does not rebuild them.
  const options = useMemo(
    () =>
      timeZoneChoices().map((zone) => (
        <option key={zone} value={zone}>
          {zone.replace(/_/g, ' ')}
        </option>
      )),
    [],
  );
  return (
    <select
      id={id}
      value={value}
      aria-describedby={describedBy}
      onChange={(e) => onChange(e.target.value)}
    >
      {options}
    </select>
  );
}

import { useState, type KeyboardEvent } from 'react';
import type { City } from '../../../../shared/time/world-times';
import { addCity, KNOWN_CITIES } from './cities';

/** The cities listed and a way to change them. */
export interface CityListProps {
  cities: City[];
  onChange(cities: City[]): void;
}

/**
 * The cities the meeting's time is shown in: each with its zone and a remove button, and a row
 * to add one by name and IANA zone (a well-known city's zone is filled in from its name).
 */
export function CityList({ cities, onChange }: CityListProps) {
  const [name, setName] = useState('');
  const [zone, setZone] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const add = () => {
    const added = addCity(cities, name, zone);
    if (!added.ok) return setProblem(added.error.message);
    setProblem(null);
    setName('');
    setZone('');
    onChange(added.value);
  };
  // Enter in the add row adds the city rather than saving the whole schedule.
  const onEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  };

  return (
    <fieldset className="schedule-cities">
      <legend>Cities</legend>
      {cities.length === 0 ? (
        <p className="field-hint">No cities: the times are shown for a usual spread of cities.</p>
      ) : (
        <ul className="city-list" aria-label="Cities">
          {cities.map((city, i) => (
            <li key={`${i}:${city.name}`}>
              <span className="city-name">{city.name}</span>
              <span className="city-zone">{city.zone}</span>
              <button
                type="button"
                aria-label={`Remove ${city.name}`}
                onClick={() => onChange(cities.filter((c) => c !== city))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="city-add">
        <div className="field">
          <label htmlFor="city-name">City name</label>
          <input
            id="city-name"
            list="schedule-known-cities"
            autoComplete="off"
            value={name}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={onEnter}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'city-problem' : undefined}
          />
          <datalist id="schedule-known-cities">
            {KNOWN_CITIES.map((c) => (
              <option key={c.name} value={c.name} />
            ))}
          </datalist>
        </div>
        <div className="field">
          <label htmlFor="city-zone">City time zone</label>
          <input
            id="city-zone"
            list="schedule-zones"
            autoComplete="off"
            spellCheck={false}
            placeholder="Europe/Berlin"
            value={zone}
            onChange={(e) => setZone(e.target.value)}
            onKeyDown={onEnter}
          />
        </div>
        <button type="button" onClick={add}>
          Add city
        </button>
      </div>
      {problem && (
        <p id="city-problem" className="schedule-error" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}

import { MAX_SPEED, MIN_SPEED } from './practice-model';

/** A replay speed input: its id, what it shows, and whether it holds a wrong value. */
export interface SpeedFieldProps {
  id: string;
  value: string;
  invalid: boolean;
  onValue(value: string): void;
}

/** The "Speed" field (1× to 20×), a number input with its unit after it. */
export function SpeedField({ id, value, invalid, onValue }: SpeedFieldProps) {
  return (
    <div className="field speed-field">
      <label htmlFor={id}>Speed</label>
      <span className="speed-input">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          min={MIN_SPEED}
          max={MAX_SPEED}
          step={1}
          value={value}
          onChange={(event) => onValue(event.target.value)}
          aria-invalid={invalid || undefined}
        />
        <span aria-hidden="true">×</span>
      </span>
    </div>
  );
}

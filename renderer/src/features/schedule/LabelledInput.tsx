import type { InputHTMLAttributes } from 'react';

/** A labelled input of the schedule view; `invalid` points it at the message that explains why. */
export interface LabelledInputProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'onChange' | 'value'
> {
  id: string;
  label: string;
  value: string;
  onValue(value: string): void;
  /** The id of the message saying what is wrong with this field, when something is. */
  invalid?: string | null;
  /** A short hint under the field. */
  hint?: string;
}

/** One input with its label (and hint), marked invalid and described by its problem when it has one. */
export function LabelledInput({
  id,
  label,
  value,
  onValue,
  invalid,
  hint,
  className,
  ...input
}: LabelledInputProps) {
  const hintId = hint ? `${id}-hint` : null;
  const describedBy = [hintId, invalid].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        {...input}
        id={id}
        value={value}
        onChange={(event) => onValue(event.target.value)}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy}
      />
      {hint && (
        <p id={hintId!} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

import type { InputHTMLAttributes, Ref } from 'react';

/** A labelled text input with its message, announced through `aria-describedby`. */
export interface FieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'onChange' | 'value'
> {
  id: string;
  label: string;
  value: string;
  /** What is wrong with the value, shown under the input. */
  error?: string;
  /**
   * The id of a message shown elsewhere that says what is wrong with this field (a form's one
   * problem line), when something is; the input is marked invalid and described by it.
   */
  problemId?: string | null;
  /** A short hint under the field. */
  hint?: string;
  onValue(value: string): void;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * One form field: label, input, an optional hint, and when the value is wrong the input is
 * marked invalid and described by the message (its own `error` below it, or `problemId`'s).
 */
export function Field({
  id,
  label,
  value,
  error,
  problemId,
  hint,
  onValue,
  inputRef,
  className,
  ...input
}: FieldProps) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy =
    [hint ? hintId : null, error ? errorId : null, problemId ?? null].filter(Boolean).join(' ') ||
    undefined;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        {...input}
        id={id}
        ref={inputRef}
        value={value}
        onChange={(event) => onValue(event.target.value)}
        aria-invalid={error || problemId ? true : undefined}
        aria-describedby={describedBy}
      />
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

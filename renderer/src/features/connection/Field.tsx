import type { InputHTMLAttributes, Ref } from 'react';

/** A labelled text input with its message, announced through `aria-describedby`. */
export interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange'> {
  id: string;
  label: string;
  value: string;
  error: string | undefined;
  onValue(value: string): void;
  inputRef?: Ref<HTMLInputElement>;
}

/** One form field; when `error` is set the input is marked invalid and the message sits below it. */
export function Field({
  id,
  label,
  value,
  error,
  onValue,
  inputRef,
  className,
  ...input
}: FieldProps) {
  const errorId = `${id}-error`;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        {...input}
        id={id}
        ref={inputRef}
        value={value}
        onChange={(event) => onValue(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

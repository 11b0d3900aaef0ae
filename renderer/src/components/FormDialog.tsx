import { useState, type FormEvent, type ReactNode } from 'react';
import { Dialog } from './Dialog';

/** A dialog around a form: what it asks, what submitting does, and the button's words. */
export interface FormDialogProps {
  title: string;
  description?: ReactNode;
  submitLabel: string;
  /** Does the work; resolves to an error message to show, or null when done (the dialog closes). */
  onSubmit(): Promise<string | null> | string | null;
  onClose(): void;
  /** A danger button (ending something) instead of a primary one. */
  danger?: boolean;
  /** Focus starts on the submit button even when the form has fields (a confirmation's options). */
  focusSubmit?: boolean;
  children?: ReactNode;
}

/**
 * A form in a dialog: Enter submits, Escape or "Cancel" closes, and a failure stays on screen
 * in an alert with the form as it was, so the chair can fix it and try again.
 */
export function FormDialog({
  title,
  description,
  submitLabel,
  onSubmit,
  onClose,
  danger,
  focusSubmit,
  children,
}: FormDialogProps) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const problem = await onSubmit();
    setBusy(false);
    if (problem === null) onClose();
    else setError(problem);
  };

  return (
    <Dialog title={title} description={description} onClose={onClose}>
      <form className="dialog-form" onSubmit={submit} noValidate>
        {children}
        {error && (
          <p className="dialog-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className={danger ? 'danger' : 'primary'}
            aria-disabled={busy || undefined}
            data-autofocus={children && !focusSubmit ? undefined : true}
          >
            {submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

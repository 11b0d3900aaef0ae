import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** What a dialog shows and how it closes. */
export interface DialogProps {
  title: string;
  /** Called on Escape, on a click outside, and by the dialog's own buttons. */
  onClose(): void;
  /** A sentence under the title, read out with it. */
  description?: ReactNode;
  className?: string;
  children: ReactNode;
}

/**
 * A modal dialog: labelled by its title, focus moved inside (to the element marked
 * `data-autofocus` unless it is disabled, else the first field) and kept there with Tab, closed by Escape, and focus
 * given back to where it was when it closes.
 */
export function Dialog({ title, onClose, description, className, children }: DialogProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const el = ref.current;
    const first =
      el?.querySelector<HTMLElement>('[data-autofocus]:not(:disabled)') ??
      el?.querySelector<HTMLElement>(FOCUSABLE) ??
      el;
    // The dialog opens showing its top (its title), whichever control takes focus.
    first?.focus({ preventScroll: true });
    return () => {
      if (previous?.isConnected) previous.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div
      className="dialog-backdrop"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={description ? descriptionId : undefined}
        className={`dialog ${className ?? ''}`}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        {description && (
          <p id={descriptionId} className="dialog-description">
            {description}
          </p>
        )}
        {children}
      </div>
    </div>
  );
}

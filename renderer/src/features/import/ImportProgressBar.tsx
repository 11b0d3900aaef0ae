import { useEffect, useId, useRef } from 'react';
import { canCancel, type ImportProgress } from './import-run';
import { uploadText } from './import-text';

/** What the import is doing, in words. */
export function progressText(progress: ImportProgress): string {
  switch (progress.phase) {
    case 'starting':
      return 'Starting the import…';
    case 'upload':
      return uploadText(progress.sent, progress.size);
    case 'parse':
      return 'Reading the log…';
    case 'done':
      return 'Saving the meeting…';
  }
}

/** Why Cancel does nothing once the log is with the core. */
const TOO_LATE_TO_CANCEL = 'The import can no longer be cancelled.';

/**
 * The import's progress bar ("Import progress"): how much is uploaded, then indeterminate while
 * the core reads the log; with the "Cancel" button, which takes focus. Once the whole log is
 * sent the core reads and stores it in one go: Cancel stays in place (and keeps the focus),
 * disabled, and says why.
 */
export function ImportProgressBar({
  progress,
  onCancel,
}: {
  progress: ImportProgress;
  onCancel(): void;
}) {
  const cancel = useRef<HTMLButtonElement>(null);
  const why = useId();
  useEffect(() => cancel.current?.focus(), []);
  const text = progressText(progress);
  const measured = progress.phase === 'upload';
  const cancellable = canCancel(progress);
  return (
    <div className="log-import-progress">
      <progress
        aria-label="Import progress"
        aria-valuetext={text}
        max={progress.size}
        value={measured ? progress.sent : undefined}
      />
      {/* The reason follows the words on their line, so the dialog grows by nothing. */}
      <p className="log-import-progress-text">
        {text}
        {!cancellable && <span id={why}> {TOO_LATE_TO_CANCEL}</span>}
      </p>
      {/* aria-disabled rather than disabled, so focus stays on the button; a press then is one
          the import ignores (see `useLogImport`). */}
      <button
        type="button"
        ref={cancel}
        aria-disabled={!cancellable || undefined}
        aria-describedby={cancellable ? undefined : why}
        onClick={onCancel}
      >
        Cancel
      </button>
    </div>
  );
}

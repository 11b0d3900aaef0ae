import { useEffect, useRef } from 'react';
import type { ImportProgress } from './import-run';
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

/**
 * The import's progress bar ("Import progress"): how much is uploaded, then indeterminate while
 * the core reads the log; with the "Cancel" button, which takes focus.
 */
export function ImportProgressBar({
  progress,
  onCancel,
}: {
  progress: ImportProgress;
  onCancel(): void;
}) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  const text = progressText(progress);
  const measured = progress.phase === 'upload';
  const cancellable = progress.phase === 'starting' || progress.phase === 'upload';
  return (
    <div className="log-import-progress">
      <progress
        aria-label="Import progress"
        aria-valuetext={text}
        max={progress.size}
        value={measured ? progress.sent : undefined}
      />
      <p className="log-import-progress-text">{text}</p>
      {/* Once the whole log is with the core it is read and stored in one go: nothing to stop. */}
      {cancellable && (
        <button type="button" ref={cancel} onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}

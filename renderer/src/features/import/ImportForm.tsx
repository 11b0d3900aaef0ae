import { useId, type FormEvent } from 'react';
import { LOG_FORMATS } from './import-formats';
import { formatSize } from './import-text';
import { TimeZoneSelect } from './TimeZoneSelect';

/** What the form holds; kept by the dialog so nothing typed is lost while an import runs. */
export interface ImportFormValues {
  file: File | null;
  /** An importer id, or '' to detect the format. */
  format: string;
  channel: string;
  timeZone: string;
  /** True once the user chose a zone; until then it is only a default, not sent. */
  zonePicked: boolean;
}

/**
 * The log to import and what the log may not say itself: its format, channel and time zone.
 * Disabled while an import runs.
 */
export function ImportForm({
  values,
  onChange,
  onSubmit,
  onClose,
  busy,
}: {
  values: ImportFormValues;
  onChange(patch: Partial<ImportFormValues>): void;
  onSubmit(): void;
  onClose(): void;
  busy: boolean;
}) {
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };
  return (
    <form className="dialog-form log-import-form" onSubmit={submit} noValidate>
      <fieldset disabled={busy}>
        <div className="field">
          <label htmlFor={`${id}-file`}>Log file</label>
          <input
            id={`${id}-file`}
            type="file"
            aria-describedby={`${id}-chosen`}
            onChange={(e) => onChange({ file: e.target.files?.[0] ?? values.file })}
          />
          <p id={`${id}-chosen`} className="field-hint">
            {values.file
              ? `Chosen: ${values.file.name} (${formatSize(values.file.size)})`
              : 'No log chosen yet. You can also drop one on the window.'}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-format`}>Format</label>
          <select
            id={`${id}-format`}
            value={values.format}
            onChange={(e) => onChange({ format: e.target.value })}
          >
            <option value="">Detect automatically</option>
            {LOG_FORMATS.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-channel`}>Channel</label>
          <input
            id={`${id}-channel`}
            value={values.channel}
            placeholder="#meeting"
            spellCheck={false}
            aria-describedby={`${id}-channel-hint`}
            onChange={(e) => onChange({ channel: e.target.value })}
          />
          <p id={`${id}-channel-hint`} className="field-hint">
            Optional: the channel the meeting was held in, if the log does not say.
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-zone`}>Time zone</label>
          <TimeZoneSelect
            id={`${id}-zone`}
            value={values.timeZone}
            describedBy={`${id}-zone-hint`}
            onChange={(timeZone) => onChange({ timeZone, zonePicked: true })}
          />
          <p id={`${id}-zone-hint`} className="field-hint">
            Used only for a log whose times carry no zone.
          </p>
        </div>
      </fieldset>
      <div className="dialog-buttons">
        <button type="button" onClick={onClose} disabled={busy}>
          Close
        </button>
        <button
          type="submit"
          className="primary"
          disabled={busy}
          data-step-focus
          data-autofocus={values.file ? true : undefined}
        >
          Import
        </button>
      </div>
    </form>
  );
}

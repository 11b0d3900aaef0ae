import type { MinutesFormat } from '../../../../shared/formats/minutes-formats';
import { FORMAT_LABELS, FORMATS } from './export-model';

/** The formats to save, one checkbox each, labelled as the dialog names them. */
export function FormatPicker({
  formats,
  onToggle,
}: {
  formats: readonly MinutesFormat[];
  onToggle(format: MinutesFormat, on: boolean): void;
}) {
  return (
    <fieldset className="choice-group export-formats">
      <legend>Formats</legend>
      {FORMATS.map((format) => (
        <label key={format}>
          <input
            type="checkbox"
            checked={formats.includes(format)}
            onChange={(e) => onToggle(format, e.target.checked)}
          />{' '}
          {FORMAT_LABELS[format]}
        </label>
      ))}
    </fieldset>
  );
}

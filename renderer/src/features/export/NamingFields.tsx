import type { PresetId } from '../../../../shared/domain/meeting';
import { Field } from '../../components/Field';
import { PRESET_CHOICES, type ExportSettings } from './export-model';

/** What the naming fields show and report. */
export interface NamingFieldsProps {
  settings: ExportSettings;
  /** Why the pattern is refused (empty, or the core's word on it), or null. */
  patternError: string | null;
  onPreset(preset: PresetId): void;
  onPattern(pattern: string): void;
  onCharts(charts: boolean): void;
}

/**
 * How the files are named and drawn: a deployment's naming preset, its file name pattern
 * (editable; MeetBot's `%(channel)s`, `%%Y`… placeholders), and whether the web page minutes
 * carry charts.
 */
export function NamingFields({
  settings,
  patternError,
  onPreset,
  onPattern,
  onCharts,
}: NamingFieldsProps) {
  return (
    <fieldset className="export-naming">
      <legend>File names</legend>
      <div className="field">
        <label htmlFor="export-preset">Naming preset</label>
        <select
          id="export-preset"
          value={settings.preset}
          onChange={(e) => onPreset(e.target.value as PresetId)}
        >
          {PRESET_CHOICES.map(({ id, label }) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <Field
        id="export-pattern"
        label="File name pattern"
        value={settings.pattern}
        error={patternError ?? undefined}
        onValue={onPattern}
        spellCheck={false}
        autoComplete="off"
        className="export-pattern"
      />
      <div className="export-charts">
        <label>
          <input
            type="checkbox"
            checked={settings.charts}
            onChange={(e) => onCharts(e.target.checked)}
            aria-describedby="export-charts-hint"
          />{' '}
          Include charts
        </label>
        <span id="export-charts-hint" className="export-hint">
          lines said and topic times, in the .html minutes
        </span>
      </div>
    </fieldset>
  );
}

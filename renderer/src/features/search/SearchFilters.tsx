import type { ChannelList } from './use-channels';
import { withSelected } from './channels';
import { TYPE_CHOICES, type FormErrors, type SearchForm, type TypeChoice } from './search-form';

/** The filters' part of the form and how to change it. */
export interface FiltersProps {
  form: SearchForm;
  errors: FormErrors;
  channels: ChannelList;
  onChange(patch: Partial<SearchForm>): void;
}

const DATES_ERROR_ID = 'search-dates-error';

function DateField({
  name,
  label,
  value,
  error,
  rangeError,
  min,
  max,
  onValue,
}: {
  name: 'from' | 'to';
  label: string;
  value: string;
  error: string | undefined;
  rangeError: boolean;
  min?: string;
  max?: string;
  onValue(value: string): void;
}) {
  const id = `search-${name}`;
  const describedBy = [error && `${id}-error`, rangeError && DATES_ERROR_ID].filter(Boolean);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={value}
        min={min || undefined}
        max={max || undefined}
        onChange={(e) => onValue(e.target.value)}
        aria-invalid={error || rangeError ? true : undefined}
        aria-describedby={describedBy.length > 0 ? describedBy.join(' ') : undefined}
      />
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** Narrowing the search: Channel, Nick, Type, and the From / To dates of the meetings. */
export function SearchFilters({ form, errors, channels, onChange }: FiltersProps) {
  const range = errors.dates !== undefined;
  return (
    <fieldset className="search-filters">
      <legend className="visually-hidden">Filters</legend>
      <div className="field">
        <label htmlFor="search-channel">Channel</label>
        <select
          id="search-channel"
          value={form.channel}
          onChange={(e) => onChange({ channel: e.target.value })}
        >
          <option value="">Any</option>
          {withSelected(channels.channels, form.channel).map((channel) => (
            <option key={channel} value={channel}>
              {channel}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="search-nick">Nick</label>
        <input
          id="search-nick"
          value={form.nick}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => onChange({ nick: e.target.value })}
          aria-invalid={errors.nick ? true : undefined}
          aria-describedby={errors.nick ? 'search-nick-error' : undefined}
        />
        {errors.nick && (
          <p id="search-nick-error" className="field-error" role="alert">
            {errors.nick}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="search-type">Type</label>
        <select
          id="search-type"
          value={form.type}
          onChange={(e) => onChange({ type: e.target.value as TypeChoice })}
        >
          {TYPE_CHOICES.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      </div>
      <DateField
        name="from"
        label="From"
        value={form.from}
        error={errors.from}
        rangeError={range}
        max={form.to}
        onValue={(from) => onChange({ from })}
      />
      <DateField
        name="to"
        label="To"
        value={form.to}
        error={errors.to}
        rangeError={range}
        min={form.from}
        onValue={(to) => onChange({ to })}
      />
      {errors.dates && (
        <p id={DATES_ERROR_ID} className="field-error search-dates-error" role="alert">
          {errors.dates}
        </p>
      )}
      {channels.error && (
        <p className="field-error" role="alert">
          The channels could not be listed: {channels.error}
        </p>
      )}
    </fieldset>
  );
}

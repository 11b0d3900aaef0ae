import { weekdayName } from '../../../../shared/time/schedule';
import { Field } from '../../components/Field';
import type { ScheduleField, ScheduleForm } from './schedule-form';

/** What the rule's fields show and change, and which of them holds a problem. */
export interface RuleFieldsProps {
  form: ScheduleForm;
  change(patch: Partial<ScheduleForm>): void;
  /** The field the current problem is about, and the id of its message. */
  problem: { field: ScheduleField | null; id: string } | null;
}

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0];

/**
 * When the meeting recurs: the weekday, every week or every other (then the date of one meeting),
 * the time of day, and the time zone whose clocks that time is read on.
 */
export function RuleFields({ form, change, problem }: RuleFieldsProps) {
  const invalid = (field: ScheduleField) => (problem?.field === field ? problem.id : null);
  return (
    <fieldset className="schedule-rule">
      <legend>When</legend>
      <div className="field">
        <label htmlFor="schedule-weekday">Weekday</label>
        <select
          id="schedule-weekday"
          value={form.weekday}
          onChange={(e) => change({ weekday: Number(e.target.value) })}
          aria-invalid={invalid('weekday') ? true : undefined}
          aria-describedby={invalid('weekday') ?? undefined}
        >
          {WEEKDAYS.map((day) => (
            <option key={day} value={day}>
              {weekdayName(day)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="schedule-every">Repeats</label>
        <select
          id="schedule-every"
          value={form.every}
          onChange={(e) => change({ every: e.target.value === '2' ? 2 : 1 })}
        >
          <option value={1}>Every week</option>
          <option value={2}>Every other week</option>
        </select>
      </div>
      {form.every === 2 && (
        <Field
          id="schedule-anchor"
          label="Date of one meeting"
          type="date"
          value={form.anchor}
          onValue={(anchor) => change({ anchor })}
          problemId={invalid('anchor')}
          hint="Any date the meeting was or will be held, to know which weeks are on."
        />
      )}
      <Field
        id="schedule-time"
        label="Time"
        type="time"
        value={form.time}
        onValue={(time) => change({ time })}
        problemId={invalid('time')}
      />
      <Field
        id="schedule-zone"
        label="Time zone"
        list="schedule-zones"
        autoComplete="off"
        spellCheck={false}
        value={form.zone}
        onValue={(zone) => change({ zone })}
        problemId={invalid('zone')}
        hint="The time is read on this zone's clocks, summer time included."
      />
    </fieldset>
  );
}

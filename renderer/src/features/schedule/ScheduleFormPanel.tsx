import { useState, type FormEvent } from 'react';
import type { Schedule } from '../../../../shared/ipc/after-meeting-schemas';
import type { Result } from '../../../../shared/ipc/result';
import type { Req } from '../../../../shared/ipc/schemas';
import { CityList } from './CityList';
import { Field } from '../../components/Field';
import { RuleFields } from './RuleFields';
import { fieldOfCode, requestOf, type ScheduleField, type ScheduleForm } from './schedule-form';
import { bareChannel } from './schedule-text';

/** The form's channel, where it starts from, and what saving and clearing do. */
export interface ScheduleFormPanelProps {
  channel: string;
  initial: ScheduleForm;
  /** True when the channel has a saved schedule (it can be cleared). */
  saved: boolean;
  /** The server of the connection, shown as what an empty "IRC server" means. */
  server: string | null;
  onSave(request: Req<'schedule:set'>): Promise<Result<Schedule>>;
  onClear(): Promise<Result<{ cleared: boolean }>>;
}

const PROBLEM_ID = 'schedule-problem';

/**
 * The channel's recurring meeting as a form: when, how long, its title, server and agenda link,
 * and the cities to show its time in. Saving checks what it can first; the core's answer to
 * anything else shows next to the buttons, with the form as it was.
 */
export function ScheduleFormPanel(props: ScheduleFormPanelProps) {
  const { channel, initial, saved, server, onSave, onClear } = props;
  const [form, setForm] = useState(initial);
  const [problem, setProblem] = useState<{ field: ScheduleField | null; message: string } | null>(
    null,
  );
  const [done, setDone] = useState<string | null>(null);
  const change = (patch: Partial<ScheduleForm>) => {
    setForm((old) => ({ ...old, ...patch }));
    setDone(null);
  };
  const fail = (code: string, message: string) => {
    setProblem({ field: fieldOfCode(code), message });
    setDone(null);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const request = requestOf(channel, form);
    if (!request.ok) return fail(request.error.code, request.error.message);
    const result = await onSave(request.value);
    if (!result.ok) return fail(result.error.code, result.error.message);
    setProblem(null);
    setDone(`Saved the meeting time of ${channel}.`);
  };
  const clear = async () => {
    const result = await onClear();
    if (!result.ok) fail(result.error.code, result.error.message);
  };

  const invalid = (field: ScheduleField) => (problem?.field === field ? PROBLEM_ID : null);
  return (
    <form
      className="schedule-form"
      aria-labelledby="schedule-form-heading"
      onSubmit={(e) => void save(e)}
      noValidate
    >
      <h3 id="schedule-form-heading">Meeting time of {channel}</h3>
      <RuleFields form={form} change={change} problem={problem && { ...problem, id: PROBLEM_ID }} />
      <Field
        id="schedule-duration"
        label="Duration (minutes)"
        type="number"
        min={1}
        max={1440}
        value={form.durationMin}
        onValue={(durationMin) => change({ durationMin })}
        problemId={invalid('durationMin')}
      />
      <Field
        id="schedule-title"
        label="Title"
        placeholder={`${bareChannel(channel)} meeting`}
        value={form.title}
        onValue={(title) => change({ title })}
        problemId={invalid('title')}
      />
      <Field
        id="schedule-network"
        label="IRC server"
        placeholder={server ?? 'irc.libera.chat'}
        value={form.network}
        onValue={(network) => change({ network })}
        problemId={invalid('network')}
        hint="Where people join; left empty, the server of the last connection."
      />
      <Field
        id="schedule-agenda"
        label="Agenda link"
        type="url"
        placeholder="https://"
        value={form.agendaUrl}
        onValue={(agendaUrl) => change({ agendaUrl })}
        problemId={invalid('agendaUrl')}
      />
      <CityList cities={form.cities} onChange={(cities) => change({ cities })} />
      {problem && (
        <p id={PROBLEM_ID} className="schedule-error" role="alert">
          {problem.message}
        </p>
      )}
      {done && <p role="status">{done}</p>}
      <div className="form-buttons">
        <button type="submit" className="primary">
          Save schedule
        </button>
        {saved && (
          <button type="button" className="danger-quiet" onClick={() => void clear()}>
            Clear schedule
          </button>
        )}
      </div>
    </form>
  );
}

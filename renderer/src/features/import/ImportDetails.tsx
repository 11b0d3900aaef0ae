import { useId, useState, type FormEvent } from 'react';
import { channelProblem } from '../../../../shared/irc/validate';
import { formatLabel } from './import-formats';
import { dateInName, type FinishDetails, type NeedsInput } from './import-run';
import { linesText } from './import-text';
import { TimeZoneSelect } from './TimeZoneSelect';

/** Why the details cannot be sent yet, or null. */
function detailsProblem(ask: NeedsInput, date: string, channel: string): string | null {
  if (ask.needsDate && !/^\d{4}-\d{2}-\d{2}$/.test(date))
    return 'Say on which day the meeting was held.';
  if (ask.needsChannel && !channel) return 'Say in which channel the meeting was held.';
  return channel ? channelProblem(channel) : null;
}

/**
 * The step "A few details": what Gavel found in the log, and the zone, day and channel the log
 * leaves open, sent with `import:finish` on "Import". Stays as typed while the log is read.
 */
export function ImportDetails({
  ask,
  fileName,
  defaults,
  busy,
  onSubmit,
  onCancel,
  onProblem,
}: {
  ask: NeedsInput;
  fileName: string;
  defaults: { timeZone: string; channel: string };
  busy: boolean;
  onSubmit(details: FinishDetails): void;
  onCancel(): void;
  onProblem(message: string): void;
}) {
  const id = useId();
  const [timeZone, setTimeZone] = useState(defaults.timeZone);
  const [date, setDate] = useState(() => dateInName(fileName));
  const [channel, setChannel] = useState(ask.channel ?? defaults.channel);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const named = channel.trim();
    const problem = detailsProblem(ask, date, named);
    if (problem) return onProblem(problem);
    onSubmit({
      timeZone: ask.needsTimeZone ? timeZone : undefined,
      date: ask.needsDate ? date : undefined,
      channel: named || undefined,
    });
  };

  return (
    <section className="log-import-details" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>A few details</h3>
      <p>
        {ask.needsChannel && !ask.needsTimeZone && !ask.needsDate
          ? 'The log does not say which channel the meeting was held in.'
          : 'The log does not say everything Gavel needs to place its lines in time.'}
      </p>
      <dl className="log-import-found">
        <dt>File</dt>
        <dd>{fileName}</dd>
        <dt>Format</dt>
        <dd>{formatLabel(ask.detectedFormat)}</dd>
        <dt>Lines</dt>
        <dd>{linesText(ask.lines)}</dd>
      </dl>
      <form className="dialog-form" onSubmit={submit} noValidate>
        <fieldset disabled={busy}>
          {ask.needsTimeZone && (
            <div className="field">
              <label htmlFor={`${id}-zone`}>Time zone</label>
              <TimeZoneSelect id={`${id}-zone`} value={timeZone} onChange={setTimeZone} />
            </div>
          )}
          {ask.needsDate && (
            <div className="field">
              <label htmlFor={`${id}-date`}>Date</label>
              <input
                id={`${id}-date`}
                type="date"
                value={date}
                required
                onChange={(e) => setDate(e.target.value)}
              />
            </div>
          )}
          <div className="field">
            <label htmlFor={`${id}-channel`}>Channel</label>
            <input
              id={`${id}-channel`}
              value={channel}
              placeholder="#meeting"
              spellCheck={false}
              required={ask.needsChannel}
              onChange={(e) => setChannel(e.target.value)}
            />
          </div>
        </fieldset>
        {!busy && (
          <div className="dialog-buttons">
            <button type="button" onClick={onCancel}>
              Cancel
            </button>
            <button type="submit" className="primary" data-step-focus>
              Import
            </button>
          </div>
        )}
      </form>
    </section>
  );
}

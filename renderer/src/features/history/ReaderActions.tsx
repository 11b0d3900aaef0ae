import { useId, useState } from 'react';
import type { ActionView, MeetingView } from '../../../../shared/ipc/meeting-schemas';
import { useActions } from '../../app/AppContext';
import { plainText } from '../transcript/line-view';

/** The meeting whose actions these are, and what to do with its view after an edit. */
export interface ReaderActionsProps {
  meetingId: string;
  actions: readonly ActionView[];
  onView(view: MeetingView): void;
}

/**
 * The meeting's action items with their owners, each ticked off or reopened with its checkbox
 * (`actions:update`, which works after the meeting too). The box moves at once and settles on
 * the state the core answers with; a refusal is shown and the box goes back.
 */
export function ReaderActions({ meetingId, actions, onView }: ReaderActionsProps) {
  const { afterMeeting } = useActions();
  const [error, setError] = useState<string | null>(null);
  /** The actions being changed and the state asked for each, shown until the core answers. */
  const [pending, setPending] = useState<ReadonlyMap<string, boolean>>(new Map());
  const settle = (id: string) =>
    setPending((old) => {
      const next = new Map(old);
      next.delete(id);
      return next;
    });
  const toggle = async (action: ActionView, done: boolean) => {
    setPending((old) => new Map(old).set(action.id, done));
    const result = await afterMeeting.invoke('actions:update', {
      meetingId,
      actionId: action.id,
      done,
    });
    settle(action.id);
    if (!result.ok) return setError(result.error.message);
    setError(null);
    onView(result.value);
  };
  return (
    <section className="reader-actions" aria-labelledby="reader-actions-heading">
      <h3 id="reader-actions-heading">Action items</h3>
      {error && (
        <p className="reader-error" role="alert">
          {error}
        </p>
      )}
      {actions.length === 0 ? (
        <p className="muted">No action items.</p>
      ) : (
        <ul aria-labelledby="reader-actions-heading">
          {actions.map((action) => (
            <ReaderAction
              key={action.id}
              action={
                pending.has(action.id) ? { ...action, done: pending.get(action.id)! } : action
              }
              busy={pending.has(action.id)}
              onToggle={(done) => void toggle(action, done)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function ReaderAction({
  action,
  busy,
  onToggle,
}: {
  action: ActionView;
  busy: boolean;
  onToggle(done: boolean): void;
}) {
  const id = useId();
  const owners = action.owners.length > 0 ? action.owners.map(plainText).join(', ') : 'none';
  return (
    <li className={`action-item${action.done ? ' action-done' : ''}`}>
      <div className="action-main">
        <input
          id={id}
          type="checkbox"
          checked={action.done}
          aria-describedby={`${id}-meta`}
          aria-disabled={busy || undefined}
          onChange={(e) => {
            if (!busy) onToggle(e.target.checked);
          }}
        />
        <label htmlFor={id} className="action-text">
          <bdi>{plainText(action.text)}</bdi>
        </label>
      </div>
      <p id={`${id}-meta`} className="reader-action-meta">
        {action.done ? 'Done' : 'Open'} · Owners: <bdi>{owners}</bdi>
        {action.due && <> · Due {action.due}</>}
        {action.source === 'carried' && <> · from an earlier meeting</>}
      </p>
    </li>
  );
}

import { useId, useState, type FormEvent } from 'react';
import type { ActionView } from '../../../../shared/ipc/meeting-schemas';
import { useActions, useAppState } from '../../app/AppContext';
import { parseOwners } from '../agenda/agenda-editor';

/**
 * One action item: done or open, its owners (as MeetBot attributed them, editable), a due date,
 * where it came from, and a way to see its line in the transcript.
 */
export function ActionItem({ action, editable }: { action: ActionView; editable: boolean }) {
  const actions = useActions();
  const jumpTo = useAppState((s) => s.jumpTo);
  const [editingOwners, setEditingOwners] = useState(false);
  const [owners, setOwners] = useState('');
  const id = useId();

  const saveOwners = (event: FormEvent) => {
    event.preventDefault();
    setEditingOwners(false);
    void actions.updateAction(action.id, { owners: parseOwners(owners) });
  };

  return (
    <li className={`action-item${action.done ? ' action-done' : ''}`} data-testid="action-item">
      <div className="action-main">
        <input
          id={`${id}-done`}
          type="checkbox"
          checked={action.done}
          disabled={!editable}
          onChange={(e) => void actions.updateAction(action.id, { done: e.target.checked })}
        />
        <label htmlFor={`${id}-done`} className="action-text">
          <bdi>{action.text}</bdi>
        </label>
        {action.source === 'carried' && <span className="badge">from last meeting</span>}
      </div>
      <div className="action-meta">
        {editingOwners ? (
          <form className="owners-form" onSubmit={saveOwners}>
            <label htmlFor={`${id}-owners`} className="visually-hidden">
              Owners of “{action.text}”
            </label>
            <input
              id={`${id}-owners`}
              value={owners}
              onChange={(e) => setOwners(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  e.preventDefault();
                  setEditingOwners(false);
                }
              }}
              placeholder="nicks"
              autoComplete="off"
              autoFocus
            />
            <button type="submit">Save</button>
          </form>
        ) : (
          <button
            type="button"
            className="link-button"
            disabled={!editable}
            onClick={() => {
              setOwners(action.owners.join(', '));
              setEditingOwners(true);
            }}
          >
            Owners: {action.owners.length > 0 ? action.owners.join(', ') : 'none'}
            <span className="visually-hidden"> — change the owners of “{action.text}”</span>
          </button>
        )}
        <label className="due">
          Due{' '}
          <input
            type="date"
            value={action.due ?? ''}
            disabled={!editable}
            aria-label={`Due date of “${action.text}”`}
            onChange={(e) => void actions.updateAction(action.id, { due: e.target.value || null })}
          />
        </label>
        {action.seq !== null && (
          <button type="button" className="link-button" onClick={() => jumpTo(action.seq!)}>
            Show line
          </button>
        )}
      </div>
    </li>
  );
}

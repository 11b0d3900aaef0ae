import { useState, type FormEvent, type KeyboardEvent } from 'react';
import type { AgendaNode } from '../../../../shared/ipc/meeting-schemas';
import { updateItem } from './agenda-tree';
import { parseOwners, timeboxProblem, useAgendaEditor } from './agenda-editor';

/** Edits one entry in place: title, owners and timebox. Enter saves, Escape cancels. */
export function AgendaItemForm({ item }: { item: AgendaNode }) {
  const editor = useAgendaEditor();
  const [title, setTitle] = useState(item.title);
  const [owners, setOwners] = useState(item.owners.join(', '));
  const [timebox, setTimebox] = useState(item.timebox === null ? '' : String(item.timebox));
  const [error, setError] = useState<string | null>(null);
  const base = `agenda-edit-${item.id}`;

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return setError('An agenda item needs a title.');
    const problem = timeboxProblem(timebox);
    if (problem) return setError(problem);
    const change = {
      title: title.trim(),
      owners: parseOwners(owners),
      timebox: timebox.trim() ? Number(timebox) : null,
    };
    editor.edit(null);
    editor.apply(updateItem(editor.items, item.id, change), item.id);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    editor.cancelEdit(item.id);
  };

  return (
    <form className="agenda-form" onSubmit={save} onKeyDown={onKeyDown} noValidate>
      <div className="field">
        <label htmlFor={`${base}-title`}>Title</label>
        <input
          id={`${base}-title`}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          autoComplete="off"
          autoFocus
        />
      </div>
      <div className="agenda-form-row">
        <div className="field">
          <label htmlFor={`${base}-owners`}>Owners</label>
          <input
            id={`${base}-owners`}
            value={owners}
            onChange={(e) => setOwners(e.target.value)}
            placeholder="nicks"
            autoComplete="off"
          />
        </div>
        <div className="field field-timebox">
          <label htmlFor={`${base}-timebox`}>Minutes</label>
          <input
            id={`${base}-timebox`}
            value={timebox}
            onChange={(e) => setTimebox(e.target.value)}
            inputMode="numeric"
            autoComplete="off"
          />
        </div>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="agenda-form-buttons">
        <button type="button" onClick={() => editor.cancelEdit(item.id)}>
          Cancel
        </button>
        <button type="submit" className="primary">
          Save
        </button>
      </div>
    </form>
  );
}

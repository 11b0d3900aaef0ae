import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { AgendaNode } from '../../../../shared/ipc/meeting-schemas';
import { moveInto, parentOf, sectionsFor, updateItem } from './agenda-tree';
import { parseOwners, timeboxProblem, useAgendaEditor } from './agenda-editor';
import { placedNote } from './agenda-notes';

const TOP = '';

/**
 * Edits one entry in place: title, owners, timebox, whether it is a section label (a group of
 * entries, never a topic) and which section it is in. Enter saves, Escape cancels.
 */
export function AgendaItemForm({ item }: { item: AgendaNode }) {
  const editor = useAgendaEditor();
  const [title, setTitle] = useState(item.title);
  const [owners, setOwners] = useState(item.owners.join(', '));
  const [timebox, setTimebox] = useState(item.timebox === null ? '' : String(item.timebox));
  const [group, setGroup] = useState(item.group === true);
  const inSection = parentOf(editor.items, item.id);
  const [section, setSection] = useState(inSection?.group ? inSection.id : TOP);
  const [error, setError] = useState<string | null>(null);
  const sections = sectionsFor(editor.items, item.id);
  const base = `agenda-edit-${item.id}`;
  const form = useRef<HTMLFormElement>(null);
  // The whole editor comes into view in a short pane, its buttons included.
  // (A block body: newer browsers return a promise from scrollIntoView, not a cleanup.)
  useEffect(() => {
    form.current?.scrollIntoView?.({ block: 'nearest' });
  }, []);

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return setError('An agenda item needs a title.');
    const problem = timeboxProblem(timebox);
    if (problem) return setError(problem);
    const change = {
      title: title.trim(),
      owners: parseOwners(owners),
      timebox: timebox.trim() ? Number(timebox) : null,
      ...(group !== (item.group === true) && { group }),
    };
    let next = updateItem(editor.items, item.id, change);
    const from = inSection?.group ? inSection.id : TOP;
    if (section !== from) next = moveInto(next, item.id, section === TOP ? null : section);
    const target = sections.find((s) => s.id === section) ?? null;
    const note = placedNote({ ...item, ...change }, item.group === true, from !== section, target);
    editor.edit(null);
    editor.apply(next, item.id, note ?? undefined);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    // Enter saves from the section list and the check box too, as from the text fields.
    const target = event.target as HTMLElement;
    if (
      event.key === 'Enter' &&
      !event.nativeEvent.isComposing &&
      (target.tagName === 'SELECT' || target.tagName === 'INPUT')
    ) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
      return;
    }
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    editor.cancelEdit(item.id);
  };

  return (
    <form ref={form} className="agenda-form" onSubmit={save} onKeyDown={onKeyDown} noValidate>
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
      {sections.length > 0 && (
        <div className="field agenda-form-section">
          <label htmlFor={`${base}-section`}>In section</label>
          <select
            id={`${base}-section`}
            value={section}
            onChange={(e) => setSection(e.target.value)}
          >
            <option value={TOP}>None (top level)</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title || 'Untitled'}
              </option>
            ))}
          </select>
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="agenda-form-buttons">
        <label
          className="agenda-form-check"
          title="A section label holds entries and is never taken as a topic"
        >
          <input type="checkbox" checked={group} onChange={(e) => setGroup(e.target.checked)} />
          Section label
        </label>
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

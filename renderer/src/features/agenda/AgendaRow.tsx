import type { DragEvent, KeyboardEvent } from 'react';
import type { AgendaNode } from '../../../../shared/ipc/meeting-schemas';
import {
  findItem,
  indent,
  moveBefore,
  moveDown,
  moveUp,
  outdent,
  removeItem,
  visibleOrder,
} from './agenda-tree';
import { useAgendaEditor } from './agenda-editor';
import { droppedNote, movedNote, removedNote } from './agenda-notes';
import { AgendaItemForm } from './AgendaItemForm';

const DRAG_TYPE = 'application/x-gavel-agenda-item';

const MOVES: Record<string, (items: AgendaNode[], id: string) => AgendaNode[]> = {
  ArrowUp: moveUp,
  ArrowDown: moveDown,
  ArrowRight: indent,
  ArrowLeft: outdent,
};

/** One agenda entry and the entries nested in it. */
export function AgendaRow({ item }: { item: AgendaNode }) {
  const editor = useAgendaEditor();
  const current = editor.currentId === item.id;
  const done = editor.doneIds.has(item.id);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const move = MOVES[event.key];
    if (move && event.altKey && !event.shiftKey && !event.metaKey) {
      event.preventDefault();
      const next = move(editor.items, item.id);
      if (next !== editor.items)
        editor.apply(next, item.id, movedNote(event.key, item, editor.items, next));
      return;
    }
    if ((event.key === 'ArrowUp' || event.key === 'ArrowDown') && !event.altKey) {
      event.preventDefault();
      const order = visibleOrder(editor.items);
      const at = order.indexOf(item.id) + (event.key === 'ArrowUp' ? -1 : 1);
      const target = order[at];
      if (target) editor.focus(target);
      return;
    }
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      const order = visibleOrder(editor.items);
      const at = order.indexOf(item.id);
      // The entries nested in it go too; the "Undo" notice says what went and brings it back.
      const subtree = new Set(visibleOrder([item]));
      const focus = order.slice(at + 1).find((id) => !subtree.has(id)) ?? order[at - 1] ?? null;
      editor.apply(removeItem(editor.items, item.id), focus, removedNote(item));
    }
  };
  const onDrop = (event: DragEvent) => {
    const dragged = event.dataTransfer.getData(DRAG_TYPE);
    if (!dragged) return;
    event.preventDefault();
    const next = moveBefore(editor.items, dragged, item.id);
    const node = findItem(editor.items, dragged);
    if (next !== editor.items && node) editor.apply(next, dragged, droppedNote(node));
  };

  const meta = [
    item.owners.length > 0 ? item.owners.join(', ') : null,
    item.timebox !== null ? `${item.timebox} min` : null,
  ].filter(Boolean);

  return (
    <li
      className={`agenda-entry${item.group ? ' agenda-group' : ''}${current ? ' agenda-current' : ''}${done ? ' agenda-done' : ''}`}
      aria-current={current ? 'step' : undefined}
    >
      {editor.editingId === item.id ? (
        <AgendaItemForm item={item} />
      ) : (
        <button
          type="button"
          className="agenda-item"
          data-agenda-id={item.id}
          draggable
          onClick={() => editor.edit(item.id)}
          onKeyDown={onKeyDown}
          onDragStart={(e) => e.dataTransfer.setData(DRAG_TYPE, item.id)}
          onDragOver={(e) => e.preventDefault()}
          onDrop={onDrop}
          title={
            item.group
              ? 'A section label: "next topic" takes its entries, never the label. Enter to edit; Alt+arrows to move'
              : 'Enter to edit (or make it a section label, or put it in one); Alt+arrows to move'
          }
        >
          <span className="agenda-mark" aria-hidden="true">
            {current ? '▶' : done ? '✓' : item.group ? '§' : '•'}
          </span>
          <bdi className="agenda-title">{item.title || 'Untitled'}</bdi>
          {item.group && <span className="visually-hidden"> (group, not a topic)</span>}
          {current && <span className="visually-hidden"> (current topic)</span>}
          {done && <span className="visually-hidden"> (done)</span>}
          {meta.length > 0 && <span className="agenda-meta">{meta.join(' · ')}</span>}
        </button>
      )}
      {item.children.length > 0 && (
        <ol className="agenda-list">
          {item.children.map((child) => (
            <AgendaRow key={child.id} item={child} />
          ))}
        </ol>
      )}
    </li>
  );
}

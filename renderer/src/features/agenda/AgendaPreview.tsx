import type { AgendaNode } from '../../../../shared/ipc/meeting-schemas';

/** A read-only outline of agenda entries, for checking an import or a template before use. */
export function AgendaPreview({ items, label }: { items: AgendaNode[]; label: string }) {
  return (
    <ol className="agenda-preview" aria-label={label}>
      {items.map((item) => (
        <li key={item.id}>
          <bdi>{item.title}</bdi>
          {item.owners.length > 0 && (
            <span className="agenda-meta"> ({item.owners.join(', ')})</span>
          )}
          {item.timebox !== null && <span className="agenda-meta"> {item.timebox} min</span>}
          {item.children.length > 0 && <AgendaPreview items={item.children} label={item.title} />}
        </li>
      ))}
    </ol>
  );
}

import type { ReactNode } from 'react';

/** What a pane says while it has nothing to show: a short title and what will appear there. */
export function EmptyState({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="empty-state">
      <p className="empty-state-title">{title}</p>
      <p>{children}</p>
    </div>
  );
}

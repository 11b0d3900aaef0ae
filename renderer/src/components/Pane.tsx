import type { ReactNode } from 'react';

/** A pane's identity: `id` names its heading (`<id>-heading`) and its test id (`pane-<id>`). */
export interface PaneProps {
  id: 'agenda' | 'transcript' | 'timeline' | 'actions';
  title: string;
  /** Shown after the heading, e.g. the channel name. */
  aside?: ReactNode;
  children: ReactNode;
}

/** One of the window's four panes: a landmark section named by its heading. */
export function Pane({ id, title, aside, children }: PaneProps) {
  const headingId = `${id}-heading`;
  return (
    <section className={`pane pane-${id}`} aria-labelledby={headingId} data-testid={`pane-${id}`}>
      <header className="pane-header">
        <h2 id={headingId}>{title}</h2>
        {aside}
      </header>
      <div className="pane-body">{children}</div>
    </section>
  );
}

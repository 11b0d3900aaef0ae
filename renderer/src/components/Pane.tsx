import type { ReactNode } from 'react';

/** A pane's identity: `id` names its heading (`<id>-heading`) and its test id (`pane-<id>`). */
export interface PaneProps {
  id: 'agenda' | 'transcript' | 'timeline' | 'actions' | 'people';
  title: string;
  /** Shown after the heading, e.g. the channel name. */
  aside?: ReactNode;
  /** Buttons at the right of the pane's header. */
  tools?: ReactNode;
  children: ReactNode;
}

/**
 * One of the window's panes: a landmark section named by its heading. F6 moves between panes
 * (`data-pane`); the pane itself takes focus unless it marks an element with `data-pane-focus`.
 */
export function Pane({ id, title, aside, tools, children }: PaneProps) {
  const headingId = `${id}-heading`;
  return (
    <section
      className={`pane pane-${id}`}
      aria-labelledby={headingId}
      data-testid={`pane-${id}`}
      data-pane={id}
      tabIndex={-1}
    >
      <header className="pane-header">
        <h2 id={headingId}>{title}</h2>
        {aside}
        {tools && <div className="pane-tools">{tools}</div>}
      </header>
      <div className="pane-body">{children}</div>
    </section>
  );
}

import { EmptyState } from '../../components/EmptyState';
import { Pane } from '../../components/Pane';

/** The topics the meeting has gone through, in order; empty until meetings are followed. */
export function TimelinePane() {
  return (
    <Pane id="timeline" title="Topic timeline">
      <EmptyState title="No topics yet.">
        Topics appear here as the meeting moves through them.
      </EmptyState>
    </Pane>
  );
}

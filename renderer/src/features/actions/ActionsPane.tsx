import { EmptyState } from '../../components/EmptyState';
import { Pane } from '../../components/Pane';

/** The meeting's action items; empty until meetings are followed. */
export function ActionsPane() {
  return (
    <Pane id="actions" title="Action items">
      <EmptyState title="No action items yet.">
        Action items recorded in the meeting appear here.
      </EmptyState>
    </Pane>
  );
}

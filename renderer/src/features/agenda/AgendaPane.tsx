import { EmptyState } from '../../components/EmptyState';
import { Pane } from '../../components/Pane';

/** The meeting's agenda; empty until agendas can be loaded. */
export function AgendaPane() {
  return (
    <Pane id="agenda" title="Agenda">
      <EmptyState title="No agenda yet.">
        The meeting&apos;s agenda appears here, so you can move through it topic by topic.
      </EmptyState>
    </Pane>
  );
}

import { useAppState } from '../../app/AppContext';
import { EmptyState } from '../../components/EmptyState';
import { Pane } from '../../components/Pane';
import { ActionItem } from './ActionItem';
import { groupByOwner } from './actions-model';
import { AddActionForm } from './AddActionForm';
import { CarriedOffer } from './CarriedOffer';

/**
 * The meeting's action items grouped by person: from `#action` lines (owners as MeetBot
 * attributes them), from the window, and carried over from the last meeting. Owners, due dates
 * and done marks are editable while the meeting is live.
 */
export function ActionsPane() {
  const meetingActions = useAppState((s) => s.meeting?.actions);
  const live = useAppState((s) => s.meeting?.status === 'live');
  const groups = groupByOwner(meetingActions ?? []);
  return (
    <Pane id="actions" title="Action items">
      {live && <CarriedOffer />}
      {groups.length === 0 ? (
        <EmptyState title="No action items yet.">
          Action items recorded in the meeting appear here.
        </EmptyState>
      ) : (
        <div className="action-groups">
          {groups.map((group) => (
            <section
              key={group.owner ?? ''}
              className="action-group"
              aria-label={group.owner ?? 'Unassigned'}
            >
              <h3>
                <bdi>{group.owner ?? 'Unassigned'}</bdi>{' '}
                <span className="count">({group.actions.length})</span>
              </h3>
              <ul>
                {group.actions.map((action) => (
                  <ActionItem key={action.id} action={action} editable={live} />
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
      {live && <AddActionForm />}
    </Pane>
  );
}

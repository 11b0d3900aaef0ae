import { useAppState, useActions } from '../../app/AppContext';
import { newAgendaId } from '../agenda/agenda-tree';
import { CARRIED_TOPIC, openCarried } from './actions-model';

/**
 * At the start of a meeting, when the channel's previous meeting left open actions: offers to
 * make "Actions from last meeting" the first agenda item, so "next topic" takes it first.
 */
export function CarriedOffer() {
  const actions = useActions();
  const count = useAppState((s) => openCarried(s.meeting?.actions ?? []).length);
  const started = useAppState((s) => s.meeting?.topics.some((t) => t.title !== null) ?? false);
  const agenda = useAppState((s) => s.agenda);
  const offered = agenda?.items.some((i) => i.title === CARRIED_TOPIC) ?? false;
  if (count === 0 || started || !agenda || offered) return null;
  const add = () =>
    void actions.saveAgenda([
      { id: newAgendaId(), title: CARRIED_TOPIC, owners: [], timebox: null, children: [] },
      ...agenda.items,
    ]);
  return (
    <div className="carried-offer" role="status">
      <p>
        {count} {count === 1 ? 'action is' : 'actions are'} still open from the last meeting.
      </p>
      <button type="button" className="primary" onClick={add}>
        Review them first
      </button>
    </div>
  );
}

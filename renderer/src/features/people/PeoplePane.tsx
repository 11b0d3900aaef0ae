import { useAppState } from '../../app/AppContext';
import { EmptyState } from '../../components/EmptyState';
import { Pane } from '../../components/Pane';
import { sortPeople } from './people-model';
import { PersonRow } from './PersonRow';

/**
 * Who is in the meeting: present now or gone, who joined or left during it, lines said, and
 * each nick's person name (remembered for the channel).
 */
export function PeoplePane() {
  const people = useAppState((s) => s.meeting?.people);
  const startedAt = useAppState((s) => s.meeting?.startedAt ?? 0);
  const present = people?.filter((p) => p.present).length ?? 0;
  return (
    <Pane
      id="people"
      title="Participants"
      aside={people && <span className="pane-aside">{present} here</span>}
    >
      {!people || people.length === 0 ? (
        <EmptyState title="No participants yet.">
          People in the channel appear here once a meeting starts, with the lines each has said.
        </EmptyState>
      ) : (
        <ul className="people" aria-label="Participants">
          {sortPeople(people).map((person) => (
            <PersonRow key={person.nick} person={person} startedAt={startedAt} />
          ))}
        </ul>
      )}
    </Pane>
  );
}

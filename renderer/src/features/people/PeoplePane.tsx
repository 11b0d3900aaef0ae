import type { PersonView } from '../../../../shared/ipc/meeting-schemas';
import { useAppState } from '../../app/AppContext';
import { EmptyState } from '../../components/EmptyState';
import { Pane } from '../../components/Pane';
import { sortPeople } from './people-model';
import { PersonRow, type RollCallMark } from './PersonRow';
import { RollCallButton } from './RollCallButton';

/**
 * Who is in the meeting: everyone in the channel when it started and whoever came since, each as
 * present, spoke or left, with lines said, who joined or left during it, each nick's person name
 * (remembered for the channel), and a roll call that marks who answered.
 */
export function PeoplePane() {
  const people = useAppState((s) => s.meeting?.people);
  const startedAt = useAppState((s) => s.meeting?.startedAt ?? 0);
  const rollCall = useAppState((s) => s.meeting?.rollCall ?? null);
  const present = people?.filter((p) => p.present).length ?? 0;
  const markOf = (person: PersonView): RollCallMark => {
    if (!rollCall || !person.present || person.nick === rollCall.by) return null;
    return rollCall.answered.includes(person.nick) ? 'answered' : 'waiting';
  };
  return (
    <Pane
      id="people"
      title="Participants"
      aside={
        people ? (
          <span className="pane-aside">
            {present} here
            {rollCall && ` · ${rollCall.answered.length} answered`}
          </span>
        ) : (
          <span className="pane-aside">once a meeting starts</span>
        )
      }
      tools={<RollCallButton />}
    >
      {!people || people.length === 0 ? (
        <EmptyState title="No participants yet.">
          People in the channel appear here once a meeting starts, with the lines each has said.
        </EmptyState>
      ) : (
        <ul className="people" aria-label="Participants">
          {sortPeople(people).map((person) => (
            <PersonRow
              key={person.nick}
              person={person}
              startedAt={startedAt}
              rollCall={markOf(person)}
            />
          ))}
        </ul>
      )}
    </Pane>
  );
}

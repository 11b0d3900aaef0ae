import { useId, useState, type FormEvent } from 'react';
import type { PersonView } from '../../../../shared/ipc/meeting-schemas';
import { useActions } from '../../app/AppContext';
import { clockTime } from '../../time/format-time';
import { nickColorClass } from '../transcript/nick-color';
import { presenceOf, standingOf } from './people-model';

/** What the row says about a roll call: answered, not yet, or nothing when none was called. */
export type RollCallMark = 'answered' | 'waiting' | null;

/**
 * One participant: nick (and the nicks they had before), name (editable, remembered for the
 * channel), lines said, standing (present, spoke, left) and, during a roll call, whether they
 * answered.
 */
export function PersonRow({
  person,
  startedAt,
  rollCall = null,
}: {
  person: PersonView;
  startedAt: number;
  rollCall?: RollCallMark;
}) {
  const actions = useActions();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState('');
  const inputId = useId();
  const presence = presenceOf(person, startedAt);
  // "left at 13:20 · was ibc · joined 13:05": the time of leaving reads with the standing.
  const notes = [
    person.aliases.length > 0 ? `was ${person.aliases.join(', ')}` : null,
    presence.joinedDuring && person.joinedAt !== null
      ? `joined ${clockTime(person.joinedAt)}`
      : null,
  ].filter(Boolean);

  const save = (event: FormEvent) => {
    event.preventDefault();
    setEditing(false);
    void actions.setPersonName(person.nick, name.trim());
  };

  return (
    <li className={`person${person.present ? '' : ' person-gone'}`} data-testid="person">
      <span className={`presence-dot${person.present ? ' present' : ''}`} aria-hidden="true" />
      <bdi className={`person-nick ${nickColorClass(person.nick)}`}>{person.nick}</bdi>
      {editing ? (
        <form className="name-form" onSubmit={save}>
          <label htmlFor={inputId} className="visually-hidden">
            Name of {person.nick}
          </label>
          <input
            id={inputId}
            value={name}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                setEditing(false);
              }
            }}
            autoComplete="off"
            autoFocus
          />
          <button type="submit">Save</button>
        </form>
      ) : (
        <button
          type="button"
          className={`link-button person-name${person.name ? '' : ' person-name-empty'}`}
          onClick={() => {
            setName(person.name ?? '');
            setEditing(true);
          }}
        >
          {person.name ? <bdi>{person.name}</bdi> : 'Add name'}
          <span className="visually-hidden"> — name of {person.nick}</span>
        </button>
      )}
      <span className="person-lines">
        {person.lines} {person.lines === 1 ? 'line' : 'lines'}
      </span>
      <span className="person-presence">
        {standingOf(person)}
        {presence.leftDuring && person.leftAt !== null && ` at ${clockTime(person.leftAt)}`}
        {notes.length > 0 && ` · ${notes.join(' · ')}`}
        {rollCall && (
          <>
            {' · '}
            <span className={`roll-call-mark roll-call-${rollCall}`}>
              {rollCall === 'answered' ? '✓ answered the roll call' : 'not yet answered'}
            </span>
          </>
        )}
      </span>
    </li>
  );
}

import { useState } from 'react';
import { useActions, useAppState } from '../../app/AppContext';
import { Dialog } from '../../components/Dialog';

// One empty list for every read, so a window without a meeting does not re-render forever.
const NO_CHAIRS: string[] = [];

/** Lists the meeting's chairs and chairs or unchairs people by nick (`#chair`, `#unchair`). */
export function ChairsDialog({ onClose }: { onClose(): void }) {
  const actions = useActions();
  const chairs = useAppState((s) => s.meeting?.chairs ?? NO_CHAIRS);
  const people = useAppState((s) => s.meeting?.people);
  const [nick, setNick] = useState('');
  const [error, setError] = useState<string | null>(null);

  const run = async (type: 'chair' | 'unchair', nicks: string[]) => {
    if (nicks.length === 0) return setError('Write a nick first.');
    const result = await actions.command({ type, nicks });
    setError(result.ok ? null : result.error.message);
    if (result.ok) setNick('');
  };
  const typed = () => nick.split(/[\s,]+/).filter(Boolean);

  return (
    <Dialog title="Chairs" onClose={onClose}>
      <ul className="chair-list" aria-label="Current chairs">
        {chairs.map((c) => (
          <li key={c}>
            <bdi>{c}</bdi>{' '}
            <button type="button" onClick={() => void run('unchair', [c])}>
              Unchair <span className="visually-hidden">{c}</span>
            </button>
          </li>
        ))}
      </ul>
      <form
        className="dialog-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run('chair', typed());
        }}
      >
        <div className="field">
          <label htmlFor="chair-nick">Nick</label>
          <input
            id="chair-nick"
            value={nick}
            list="chair-nicks"
            onChange={(e) => setNick(e.target.value)}
            autoComplete="off"
            data-autofocus
          />
          <datalist id="chair-nicks">
            {people?.map((p) => (
              <option key={p.nick} value={p.nick} />
            ))}
          </datalist>
        </div>
        {error && (
          <p className="dialog-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            Close
          </button>
          <button type="button" onClick={() => void run('unchair', typed())}>
            Unchair
          </button>
          <button type="submit" className="primary">
            Chair
          </button>
        </div>
      </form>
    </Dialog>
  );
}

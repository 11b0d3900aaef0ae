import { useAppState } from './AppContext';
import type { View } from '../state/ui-slice';

const LABELS: Record<View, string> = {
  meeting: 'Meeting',
  history: 'History',
  search: 'Search',
  schedule: 'Schedule',
};

/** Moves between the window's views: the meeting, past meetings, search and scheduling. */
export function ViewTabs() {
  const view = useAppState((s) => s.view);
  const setView = useAppState((s) => s.setView);
  return (
    <nav className="view-tabs" aria-label="Views">
      {(Object.keys(LABELS) as View[]).map((name) => (
        <button
          key={name}
          type="button"
          aria-current={view === name ? 'page' : undefined}
          onClick={() => setView(name)}
        >
          {LABELS[name]}
        </button>
      ))}
    </nav>
  );
}

import type { Settings } from '../../../../shared/ipc/schemas';
import { useActions, useAppState } from '../../app/AppContext';
import { Dialog } from '../../components/Dialog';

const THEMES: { value: Settings['theme']; label: string }[] = [
  { value: 'system', label: 'As the system — light or dark with it' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/**
 * What Gavel keeps between runs that the chair can change: the theme, applied and saved as soon
 * as it is picked, and the connection, edited in the connect form.
 */
export function PreferencesDialog({ onClose }: { onClose(): void }) {
  const actions = useActions();
  const theme = useAppState((s) => s.settings?.theme ?? 'system');
  const setView = useAppState((s) => s.setView);
  const editConnection = () => {
    onClose();
    setView('meeting');
    actions.editConnection();
  };
  return (
    <Dialog title="Preferences" onClose={onClose} className="preferences-dialog">
      <fieldset className="choice-group">
        <legend>Theme</legend>
        {THEMES.map((t) => (
          <label key={t.value}>
            <input
              type="radio"
              name="preferences-theme"
              checked={theme === t.value}
              onChange={() => void actions.setTheme(t.value)}
              data-autofocus={theme === t.value ? true : undefined}
            />{' '}
            {t.label}
          </label>
        ))}
      </fieldset>
      <div className="dialog-buttons">
        <button type="button" onClick={editConnection}>
          Edit connection…
        </button>
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}

import { useActions, useAppState } from './AppContext';
import { ViewTabs } from './ViewTabs';
import { ConnectionStatus } from '../features/connection/ConnectionStatus';
import { isFormShown, isLive } from '../features/connection/connection-view';
import { DisconnectButton } from '../features/connection/DisconnectButton';

/** The app's name, its views, the connection's state, and what can be done from anywhere. */
export function Header() {
  const actions = useActions();
  const live = useAppState(isLive);
  const formShown = useAppState(isFormShown);
  const openDialog = useAppState((s) => s.openDialog);
  return (
    <header className="app-header">
      <h1 className="app-name">Gavel</h1>
      <ViewTabs />
      <ConnectionStatus />
      <div className="header-actions">
        <button type="button" onClick={() => openDialog({ kind: 'import', file: null })}>
          Import a log…
        </button>
        <button type="button" onClick={() => openDialog({ kind: 'practice', meetingId: null })}>
          Practice…
        </button>
        {!formShown && (
          <button type="button" onClick={actions.editConnection}>
            Edit connection
          </button>
        )}
        {live && <DisconnectButton />}
      </div>
    </header>
  );
}

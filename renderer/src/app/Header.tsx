import { useActions, useAppState } from './AppContext';
import { ConnectionStatus } from '../features/connection/ConnectionStatus';
import { isFormShown, isLive } from '../features/connection/connection-view';

/** The app's name, the connection's state, and what can be done with the connection. */
export function Header() {
  const actions = useActions();
  const live = useAppState(isLive);
  const formShown = useAppState(isFormShown);
  return (
    <header className="app-header">
      <h1 className="app-name">Gavel</h1>
      <ConnectionStatus />
      <div className="header-actions">
        {!formShown && (
          <button type="button" onClick={actions.editConnection}>
            Edit connection
          </button>
        )}
        {live && (
          <button type="button" onClick={() => void actions.disconnect()}>
            Disconnect
          </button>
        )}
      </div>
    </header>
  );
}

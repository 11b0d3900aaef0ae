import { Menu } from 'lucide-react';
import { useActions, useAppState } from './AppContext';
import { ViewTabs } from './ViewTabs';
import { MenuButton, type MenuEntry } from '../components/MenuButton';
import { ConnectionStatus } from '../features/connection/ConnectionStatus';
import { isFormShown, isLive } from '../features/connection/connection-view';
import { DisconnectButton } from '../features/connection/DisconnectButton';

/**
 * One line: the app's name, its views, the connection's state, Disconnect while connected, and a
 * menu ("More") for what is used now and then — importing a log, a practice, the connection's
 * settings and the shortcuts.
 */
export function Header() {
  const actions = useActions();
  const live = useAppState(isLive);
  const formShown = useAppState(isFormShown);
  const openDialog = useAppState((s) => s.openDialog);
  const entries: MenuEntry[] = [
    { label: 'Import a log…', onSelect: () => openDialog({ kind: 'import', file: null }) },
    { label: 'Practice…', onSelect: () => openDialog({ kind: 'practice', meetingId: null }) },
    ...(formShown ? [] : [{ label: 'Edit connection', onSelect: actions.editConnection }]),
    { label: 'Keyboard shortcuts', onSelect: () => openDialog({ kind: 'help' }) },
  ];
  return (
    <header className="app-header">
      <h1 className="app-name">Gavel</h1>
      <ViewTabs />
      <ConnectionStatus />
      <div className="header-actions">
        {live && <DisconnectButton />}
        <MenuButton label="More" entries={entries}>
          <Menu aria-hidden="true" size={18} />
        </MenuButton>
      </div>
    </header>
  );
}

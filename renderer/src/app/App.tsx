import { useAppState } from './AppContext';
import { DialogHost } from './DialogHost';
import { Header } from './Header';
import { useThemeSetting } from './use-theme-setting';
import { ActionsPane } from '../features/actions/ActionsPane';
import { AgendaPane } from '../features/agenda/AgendaPane';
import { ConnectForm } from '../features/connection/ConnectForm';
import { ConnectionBanner } from '../features/connection/ConnectionBanner';
import { isFormShown } from '../features/connection/connection-view';
import { ChairControls } from '../features/controls/ChairControls';
import { useChairCommands } from '../features/controls/use-chair-commands';
import { PeoplePane } from '../features/people/PeoplePane';
import { TimelinePane } from '../features/timeline/TimelinePane';
import { TranscriptPane } from '../features/transcript/TranscriptPane';
import { PLATFORM } from '../keyboard/platform';
import { useGlobalShortcuts } from '../keyboard/use-global-shortcuts';

/**
 * The chair's window: header, any problem, the connect form when needed, the chair's controls,
 * and the panes — agenda and participants, transcript, timeline and actions. Keyboard shortcuts
 * work everywhere except inside an open dialog.
 */
export function App() {
  const formShown = useAppState(isFormShown);
  // The form starts from the saved connection, so it is built once the settings have arrived.
  const settingsLoaded = useAppState((state) => state.settings !== null);
  const dialogOpen = useAppState((state) => state.dialog !== null);
  const commands = useChairCommands();
  useThemeSetting();
  useGlobalShortcuts(commands, PLATFORM, !dialogOpen);
  return (
    <div className="app">
      <Header />
      <ConnectionBanner />
      {formShown && <ConnectForm key={settingsLoaded ? 'saved' : 'blank'} />}
      <ChairControls commands={commands} />
      <main className="panes">
        <div className="left-panes">
          <AgendaPane />
          <PeoplePane />
        </div>
        <TranscriptPane />
        <div className="side-panes">
          <TimelinePane />
          <ActionsPane />
        </div>
      </main>
      <DialogHost />
    </div>
  );
}

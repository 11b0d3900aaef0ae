import { useAppState } from './AppContext';
import { Header } from './Header';
import { useThemeSetting } from './use-theme-setting';
import { ActionsPane } from '../features/actions/ActionsPane';
import { AgendaPane } from '../features/agenda/AgendaPane';
import { ConnectForm } from '../features/connection/ConnectForm';
import { ConnectionBanner } from '../features/connection/ConnectionBanner';
import { isFormShown } from '../features/connection/connection-view';
import { TimelinePane } from '../features/timeline/TimelinePane';
import { TranscriptPane } from '../features/transcript/TranscriptPane';

/** The chair's window: header, any problem, the connect form when needed, and the four panes. */
export function App() {
  const formShown = useAppState(isFormShown);
  // The form starts from the saved connection, so it is built once the settings have arrived.
  const settingsLoaded = useAppState((state) => state.settings !== null);
  useThemeSetting();
  return (
    <div className="app">
      <Header />
      <ConnectionBanner />
      {formShown && <ConnectForm key={settingsLoaded ? 'saved' : 'blank'} />}
      <main className="panes">
        <AgendaPane />
        <TranscriptPane />
        <div className="side-panes">
          <TimelinePane />
          <ActionsPane />
        </div>
      </main>
    </div>
  );
}

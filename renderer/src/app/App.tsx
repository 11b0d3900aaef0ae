import { useMemo } from 'react';
import { useActions, useAppState, useStoreApi } from './AppContext';
import { DialogHost } from './DialogHost';
import { Header } from './Header';
import { usePaneControl, PaneToggles } from './pane-control';
import { PaneLayout } from './PaneLayout';
import { useThemeSetting } from './use-theme-setting';
import { useViewFocus } from './use-view-focus';
import { ActionsPane } from '../features/actions/ActionsPane';
import { AgendaPane } from '../features/agenda/AgendaPane';
import { ConnectForm } from '../features/connection/ConnectForm';
import { ConnectionBanner } from '../features/connection/ConnectionBanner';
import { WriteAlert } from '../features/storage/WriteAlert';
import { isFormShown } from '../features/connection/connection-view';
import { useNickNotice } from '../features/connection/use-nick-notice';
import { ChairControls } from '../features/controls/ChairControls';
import { useChairCommands } from '../features/controls/use-chair-commands';
import { LiveHint } from '../features/hints/LiveHint';
import { HistoryView } from '../features/history/HistoryView';
import { ImportDropZone } from '../features/import/ImportDropZone';
import { PeoplePane } from '../features/people/PeoplePane';
import { PracticeBar } from '../features/practice/PracticeBar';
import { ScheduleView } from '../features/schedule/ScheduleView';
import { SearchView } from '../features/search/SearchView';
import { TimelinePane } from '../features/timeline/TimelinePane';
import { TranscriptPane } from '../features/transcript/TranscriptPane';
import { menuCommandHandlers, useMenuCommands } from '../keyboard/menu-commands';
import { PLATFORM } from '../keyboard/platform';
import { useGlobalShortcuts } from '../keyboard/use-global-shortcuts';
import { practiceChannel } from '../state/ui-slice';

/**
 * The chair's window: header with the views, any problem, and the view in front. The meeting view
 * has the connect form when needed, a practice replay's controls, the chair's controls and the
 * panes — agenda and participants, transcript, timeline and actions; history, search and schedule
 * are views of their own. A log dropped anywhere is imported. Meeting shortcuts work in the
 * meeting view except inside an open dialog.
 */
export function App() {
  const formShown = useAppState(isFormShown);
  // The form starts from the saved connection, so it is built once the settings have arrived.
  const settingsLoaded = useAppState((state) => state.settings !== null);
  const dialogOpen = useAppState((state) => state.dialog !== null);
  const view = useAppState((state) => state.view);
  // A practice replay needs no connection: the form would only take room from it.
  const practising = useAppState((state) => practiceChannel(state) !== null);
  const readingId = useAppState((state) => state.reading?.meetingId ?? null);
  // Before a meeting Participants has no one to list: the agenda takes its room.
  const noPeople = useAppState((state) => !state.meeting?.people.length);
  const commands = useChairCommands();
  const panes = usePaneControl();
  useThemeSetting();
  useNickNotice();
  useViewFocus(view, readingId);
  // Meeting shortcuts act on the meeting, so they only work while it is in view.
  useGlobalShortcuts(commands, PLATFORM, !dialogOpen && view === 'meeting');
  // The application menu's commands go through the same handlers as the shortcuts.
  const store = useStoreApi();
  const actions = useActions();
  const menu = useMemo(() => menuCommandHandlers(commands, store), [commands, store]);
  useMenuCommands(actions.onMenuCommand, menu, store, PLATFORM);
  return (
    <div className="app">
      <Header />
      <ConnectionBanner />
      <WriteAlert />
      {view === 'meeting' && (
        <>
          {formShown && !practising && <ConnectForm key={settingsLoaded ? 'saved' : 'blank'} />}
          <PracticeBar />
          <ChairControls commands={commands} aside={<PaneToggles control={panes} />} />
          <LiveHint />
          <PaneLayout
            control={panes}
            left={[<AgendaPane key="agenda" />, <PeoplePane key="people" />]}
            leftBottomEmpty={noPeople}
            center={<TranscriptPane />}
            right={[<TimelinePane key="timeline" />, <ActionsPane key="actions" />]}
          />
        </>
      )}
      {view === 'history' && <HistoryView />}
      {view === 'search' && <SearchView />}
      {view === 'schedule' && <ScheduleView />}
      <ImportDropZone />
      <DialogHost />
    </div>
  );
}

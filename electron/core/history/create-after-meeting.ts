import type { LogLine } from '../../../shared/domain/line';
import type { EventSink } from '../../../shared/ipc/bridge';
import type { Clock } from '../clock';
import { ExportService } from '../exports/export-service';
import type { ChooseFolder } from '../exports/save-export';
import { ImportService } from '../imports/import-service';
import type { Meetings } from '../meetings/create-meetings';
import { StructureMarks } from '../meetings/edits/structure-marks';
import type { PracticeSeats } from '../practice/practice-port';
import type { PracticeSeal } from '../practice/practice-seal';
import { PracticeService } from '../practice/practice-service';
import { ScheduleService } from '../schedule/schedule-service';
import { ScheduleStore } from '../schedule/schedule-store';
import { SearchService } from '../search/search-service';
import type { CoreDeps } from '../types';
import { HistoryService } from './history-service';
import type { MeetingChanges } from './meeting-changes';

/**
 * The services of the after-the-meeting channels (history, export, import, marks, search,
 * practice, schedule).
 */
export interface AfterMeetingServices {
  history: HistoryService;
  exports: ExportService;
  imports: ImportService;
  marks: StructureMarks;
  search: SearchService;
  practice: PracticeService;
  schedule: ScheduleService;
}

/** What the after-the-meeting side is built from. */
export interface AfterMeetingParts {
  deps: Pick<CoreDeps, 'dataDir' | 'log' | 'showFolder'> & { chooseFolder?: ChooseFolder };
  clock: Clock;
  meetings: Meetings;
  changes: MeetingChanges;
  seats: PracticeSeats;
  /** Keeps the chair inside a running practice (shared with the meeting side's channel port). */
  seal: PracticeSeal;
  emit: EventSink;
  /** The server of the last connection, for announcements. */
  lastServer: () => string | null;
  /** Takes a line as if said in a channel, by the chair when `self` (practice replays). */
  hear: (channel: string, line: LogLine & { local?: boolean }, self?: boolean) => void;
}

/**
 * Builds what the chair does after (and around) meetings over the meeting side: the history,
 * exports, imports, structure marks, search, practice mode and schedules. `history:changed` is
 * sent whenever a meeting of the record changes (an edit, an import, an end).
 */
export function createAfterMeeting(parts: AfterMeetingParts): {
  services: AfterMeetingServices;
  close(): void;
} {
  const { deps, clock, meetings, changes, emit } = parts;
  const library = meetings.handlers.library;
  const editor = meetings.editor;
  const warn = (message: string) => deps.log('warn', message);
  const stopAnnouncing = changes.subscribe((change) => {
    if (!change.live)
      emit('history:changed', { meetingId: change.meetingId, channel: change.channel });
  });
  const schedule = new ScheduleService(
    new ScheduleStore(deps.dataDir, warn),
    clock,
    parts.lastServer,
  );
  const imports = new ImportService({
    clock,
    dataDir: deps.dataDir,
    library,
    editor,
    changes,
    remember: (meeting) => meetings.service.library.remember(meeting),
    progress: (payload) => emit('import:progress', payload),
    stored: (meetingId, words) => search.imported(meetingId, words),
  });
  const practice = new PracticeService({
    meetings: meetings.service,
    editor,
    library,
    clock,
    seats: parts.seats,
    seal: parts.seal,
    hear: parts.hear,
    report: (state) => emit('practice:state', state),
  });
  const search = new SearchService({
    library,
    editor,
    changes,
    clock,
    dataDir: deps.dataDir,
    progress: (payload) => emit('search:progress', payload),
    log: deps.log,
  });
  const services: AfterMeetingServices = {
    history: new HistoryService(library, editor, changes),
    exports: new ExportService({
      editor,
      clock,
      cities: (channel) => schedule.get(channel)?.cities,
      chooseFolder: deps.chooseFolder,
      showFolder: deps.showFolder,
    }),
    imports,
    marks: new StructureMarks(editor),
    search,
    practice,
    schedule,
  };
  practice
    .tidy()
    .catch((err: unknown) =>
      deps.log('error', 'Practice meetings left live could not be ended', err),
    );
  return {
    services,
    close: () => {
      practice.close();
      imports.close();
      search.close();
      stopAnnouncing();
    },
  };
}

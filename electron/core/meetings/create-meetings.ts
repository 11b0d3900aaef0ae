import { randomUUID } from 'node:crypto';
import type { ConnectRequest } from '../../../shared/ipc/schemas';
import type { Clock } from '../clock';
import { memoryLibrary } from '../store/library';
import { LibraryStore } from '../store/library-store';
import type { CoreDeps } from '../types';
import { ActionLedger } from './edits/action-ledger';
import { ChairActions } from './edits/chair-actions';
import { MeetingEditor, type MeetingChanged } from './edits/meeting-editor';
import { MeetingService } from './live/meeting-service';
import type { ChannelPort, MeetingPorts } from './ports';
import { rejoin, resumeMeetings } from './live/resume';

/** The services the meeting, agenda, action and people channels answer from. */
export interface MeetingHandlerServices {
  meetings: MeetingService;
  chair: ChairActions;
  library: LibraryStore;
  /** Fresh ids for imported agenda entries. */
  newId: () => string;
}

/** The meeting side of the core, as create-core wires it. */
export interface Meetings {
  service: MeetingService;
  /** Journals edits of any meeting, live or ended. */
  editor: MeetingEditor;
  handlers: MeetingHandlerServices;
  /** Resumes the meetings that were live when Gavel stopped and rejoins their channel. */
  resume(last: ConnectRequest | null): void;
  /** Closes every journal (live meetings resume on the next start). */
  close(): void;
}

/** Everything the meeting side is built from. */
export interface MeetingsDeps {
  deps: Pick<CoreDeps, 'dataDir' | 'library' | 'log'>;
  clock: Clock;
  channels: ChannelPort;
  emit: MeetingPorts['emit'];
  newId?: () => string;
  /** Told when an ended meeting's journal took an edit. */
  changed?: MeetingChanged;
}

/** Builds the meeting service, the chair's actions and their handlers over one library. */
export function createMeetings({
  deps,
  clock,
  channels,
  emit,
  newId = randomUUID,
  changed,
}: MeetingsDeps): Meetings {
  const warn = (message: string) => deps.log('warn', message);
  const library = new LibraryStore(deps.library ?? memoryLibrary(), warn);
  const ports: MeetingPorts = {
    clock,
    dataDir: deps.dataDir,
    library,
    channels,
    emit,
    log: deps.log,
  };
  const service = new MeetingService(ports);
  const editor = new MeetingEditor(service, ports, changed);
  const chair = new ChairActions(service, library, editor, new ActionLedger(library, editor));
  return {
    service,
    editor,
    handlers: { meetings: service, chair, library, newId },
    resume: (last) => {
      const resumed = resumeMeetings(service, ports);
      void rejoin(resumed, last, ports);
    },
    close: () => service.close(),
  };
}

import { randomUUID } from 'node:crypto';
import type { ConnectRequest } from '../../../shared/ipc/schemas';
import type { Clock } from '../clock';
import type { MeetingHandlerServices } from '../handlers/meetings';
import { memoryLibrary } from '../store/library';
import { LibraryStore } from '../store/library-store';
import type { CoreDeps } from '../types';
import { ChairActions } from './chair-actions';
import { MeetingService } from './meeting-service';
import type { ChannelLink, MeetingPorts } from './ports';
import { rejoin, resumeMeetings } from './resume';

/** The meeting side of the core, as create-core wires it. */
export interface Meetings {
  service: MeetingService;
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
  link: ChannelLink;
  emit: MeetingPorts['emit'];
  newId?: () => string;
}

/** Builds the meeting service, the chair's actions and their handlers over one library. */
export function createMeetings({
  deps,
  clock,
  link,
  emit,
  newId = randomUUID,
}: MeetingsDeps): Meetings {
  const warn = (message: string) => deps.log('warn', message);
  const library = new LibraryStore(deps.library ?? memoryLibrary(), warn);
  const ports: MeetingPorts = { clock, dataDir: deps.dataDir, library, link, emit, log: deps.log };
  const service = new MeetingService(ports);
  return {
    service,
    handlers: { meetings: service, chair: new ChairActions(service, library), library, newId },
    resume: (last) => {
      const resumed = resumeMeetings(service, ports);
      void rejoin(resumed, last, ports);
    },
    close: () => service.close(),
  };
}

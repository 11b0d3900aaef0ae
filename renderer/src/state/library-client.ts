import type { GavelBridge } from '../../../shared/ipc/bridge';
import type { EventChannel, InvokeChannel } from '../../../shared/ipc/channels';
import type {
  libraryEventSchemas,
  libraryInvokeSchemas,
} from '../../../shared/ipc/library-schemas';
import type { Result } from '../../../shared/ipc/result';
import type { Payload, Req, Res } from '../../../shared/ipc/schemas';

/** The channels of the meeting library: history, export, import, marks, search, practice, schedule. */
export type LibraryChannel = keyof typeof libraryInvokeSchemas | 'actions:update';
/** The library's events: upload progress, history changes, index building, practice replay. */
export type LibraryEvent = keyof typeof libraryEventSchemas;

/**
 * What the after-the-meeting views may ask of the app. It is the bridge narrowed to the library's
 * channels, so these views can read and change past meetings but cannot touch the connection
 * or drive the live meeting.
 */
export interface LibraryClient {
  invoke<C extends LibraryChannel & InvokeChannel>(
    channel: C,
    req: Req<C>,
  ): Promise<Result<Res<C>>>;
  on<E extends LibraryEvent & EventChannel>(
    event: E,
    listener: (payload: Payload<E>) => void,
  ): () => void;
}

/** The library client over `bridge`. */
export function createLibraryClient(bridge: GavelBridge): LibraryClient {
  return {
    invoke: (channel, req) => bridge.invoke(channel, req),
    on: (event, listener) => bridge.on(event, listener),
  };
}

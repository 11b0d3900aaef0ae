import type { GavelBridge } from '../../../shared/ipc/bridge';
import type { EventChannel, InvokeChannel } from '../../../shared/ipc/channels';
import type {
  afterMeetingEventSchemas,
  afterMeetingInvokeSchemas,
} from '../../../shared/ipc/after-meeting-schemas';
import type { Result } from '../../../shared/ipc/result';
import type { Payload, Req, Res } from '../../../shared/ipc/schemas';

/** The after-meeting channels: history, export, import, marks, search, practice, schedule. */
export type AfterMeetingChannel = keyof typeof afterMeetingInvokeSchemas | 'actions:update';
/** The after-meeting events: upload progress, history changes, index building, practice replay. */
export type AfterMeetingEvent = keyof typeof afterMeetingEventSchemas;

/**
 * What the after-the-meeting views may ask of the app. It is the bridge narrowed to the
 * after-meeting channels, so these views can read and change past meetings but cannot touch the connection
 * or drive the live meeting.
 */
export interface AfterMeetingClient {
  invoke<C extends AfterMeetingChannel & InvokeChannel>(
    channel: C,
    req: Req<C>,
  ): Promise<Result<Res<C>>>;
  on<E extends AfterMeetingEvent & EventChannel>(
    event: E,
    listener: (payload: Payload<E>) => void,
  ): () => void;
}

/** The after-meeting client over `bridge`. */
export function createAfterMeetingClient(bridge: GavelBridge): AfterMeetingClient {
  return {
    invoke: (channel, req) => bridge.invoke(channel, req),
    on: (event, listener) => bridge.on(event, listener),
  };
}

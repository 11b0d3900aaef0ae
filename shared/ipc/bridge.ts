import type { EventChannel, InvokeChannel } from './channels';
import type { Result } from './result';
import type { ParsedReq, Payload, Req, Res } from './schemas';

/**
 * The only description of what the renderer may ask of the app. The preload implements it over
 * Electron IPC, the browser host's client over a WebSocket, and test fakes in memory.
 */
export interface GavelBridge {
  /** Ask for something; resolves to a result, never rejects for an expected failure. */
  invoke<C extends InvokeChannel>(channel: C, req: Req<C>): Promise<Result<Res<C>>>;
  /** Listen to an event; returns the function that stops listening. */
  on<E extends EventChannel>(event: E, listener: (payload: Payload<E>) => void): () => void;
}

/** The core's side of the bridge: one handler per invoke channel, given a parsed request. */
export type Handlers = {
  [C in InvokeChannel]: (req: ParsedReq<C>) => Promise<Result<Res<C>>>;
};

/** Where the core pushes events; each shell forwards them to its renderers. */
export type EventSink = <E extends EventChannel>(event: E, payload: Payload<E>) => void;

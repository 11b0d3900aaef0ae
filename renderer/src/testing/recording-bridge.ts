import type { GavelBridge } from '../../../shared/ipc/bridge';
import type { EventChannel, InvokeChannel } from '../../../shared/ipc/channels';
import type { Result } from '../../../shared/ipc/result';
import type { Payload, Req, Res } from '../../../shared/ipc/schemas';

/** How a channel answers: the bridge's own answer, or one a test put in its place. */
export type Handler<C extends InvokeChannel> = (
  req: Req<C>,
) => Result<Res<C>> | Promise<Result<Res<C>>>;

/** What a test can do with a bridge besides using it: see the calls, replace an answer, push an event. */
export interface Recording {
  /** Every call made, in order. */
  calls: { channel: InvokeChannel; req: unknown }[];
  /** Calls made on `channel`, with their requests. */
  callsTo<C extends InvokeChannel>(channel: C): Req<C>[];
  /**
   * Replaces how `channel` answers: for a failure or a time-out the bridge under it cannot be
   * made to produce on demand.
   */
  handle<C extends InvokeChannel>(channel: C, handler: Handler<C>): void;
  /** How `channel` answers now (the bridge under it unless replaced), to wrap it in a test. */
  handlerOf<C extends InvokeChannel>(channel: C): Handler<C>;
  /** Pushes an event to the window's listeners, as if the bridge under it had. */
  emit<E extends EventChannel>(event: E, payload: Payload<E>): void;
  /** How many listeners `event` has. */
  listenerCount(event: EventChannel): number;
}

/**
 * `inner` with every call recorded and any channel's answer replaceable. Listeners registered
 * through it hear `inner`'s events and the ones a test emits.
 */
export function recordCalls<B extends GavelBridge>(inner: B): B & Recording {
  const calls: Recording['calls'] = [];
  const replaced = new Map<InvokeChannel, Handler<never>>();
  const listeners = new Map<EventChannel, Set<(payload: never) => void>>();
  const handlerOf = <C extends InvokeChannel>(channel: C): Handler<C> =>
    (replaced.get(channel) as Handler<C> | undefined) ?? ((req) => inner.invoke(channel, req));
  const invoke = async (channel: InvokeChannel, req: unknown) => {
    calls.push({ channel, req });
    return handlerOf(channel)(req as never);
  };
  const recording: Recording & GavelBridge = {
    calls,
    callsTo: <C extends InvokeChannel>(channel: C) =>
      calls.filter((call) => call.channel === channel).map((call) => call.req as Req<C>),
    handle: (channel, handler) => void replaced.set(channel, handler as Handler<never>),
    handlerOf,
    emit: (event, payload) => {
      for (const listener of [...(listeners.get(event) ?? [])]) listener(payload as never);
    },
    listenerCount: (event) => listeners.get(event)?.size ?? 0,
    invoke: invoke as GavelBridge['invoke'],
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      const local = listener as (payload: never) => void;
      set.add(local);
      const stop = inner.on(event, listener);
      return () => {
        set.delete(local);
        stop();
      };
    },
  };
  return { ...inner, ...recording };
}

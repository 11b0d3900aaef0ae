/**
 * The bridge over the browser host's WebSocket. The client sends numbered calls; the host answers
 * each with the same id, and pushes events at any time. The token travels in the socket URL.
 * No zod here, so the renderer's bundle doesn't carry it; the host validates with ws-schema.ts.
 */

/** Path of the bridge socket on the host; the token goes in `?token=`. */
export const WS_PATH = '/bridge';

/** A call from the page. */
export interface WsCall {
  type: 'call';
  id: number;
  channel: string;
  req: unknown;
}

/** What the host sends: the answer to a call, or an event. */
export type WsServerMessage =
  | { type: 'result'; id: number; result: unknown }
  | { type: 'event'; event: string; payload: unknown };

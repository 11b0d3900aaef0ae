/**
 * The bridge over the browser host's WebSocket. The client sends numbered calls; the host answers
 * each with the same id, and pushes events at any time. The page first trades the one-time
 * token of the printed address for a session cookie at {@link SESSION_PATH}; the socket's
 * opening request carries that cookie.
 * No zod here, so the renderer's bundle doesn't carry it; the host validates with ws-schema.ts.
 */

/** Path of the bridge socket on the host. */
export const WS_PATH = '/bridge';

/**
 * Where a page trades the printed token for a session (`POST`, `Authorization: Bearer <token>`),
 * or asks whether its session still holds (`GET`): 204 yes, 401 no.
 */
export const SESSION_PATH = '/session';

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

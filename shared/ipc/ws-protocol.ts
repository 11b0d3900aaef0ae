import { z } from 'zod';

/**
 * The bridge over the browser host's WebSocket. The client sends numbered calls; the host answers
 * each with the same id, and pushes events at any time. The token travels in the socket URL.
 */
export const WsCall = z.object({
  type: z.literal('call'),
  id: z.number().int().nonnegative(),
  channel: z.string().max(100),
  req: z.unknown(),
});
export type WsCall = z.infer<typeof WsCall>;

export type WsServerMessage =
  | { type: 'result'; id: number; result: unknown }
  | { type: 'event'; event: string; payload: unknown };

/** Path of the bridge socket on the host; the token goes in `?token=`. */
export const WS_PATH = '/bridge';

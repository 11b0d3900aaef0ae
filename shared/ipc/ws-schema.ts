import { z } from 'zod';
import type { WsCall as WsCallShape } from './ws-protocol';

/** Validates a call arriving at the browser host (untrusted until parsed). */
export const WsCall = z.object({
  type: z.literal('call'),
  id: z.number().int().nonnegative(),
  channel: z.string().max(100),
  req: z.unknown(),
}) satisfies z.ZodType<WsCallShape>;

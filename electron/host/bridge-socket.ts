import type { z } from 'zod';
import type { WebSocket } from 'ws';
import { fail, type Result } from '../../shared/ipc/result';
import type { WsServerMessage } from '../../shared/ipc/ws-protocol';
import { WsCall } from '../../shared/ipc/ws-schema';

type Dispatch = (channel: unknown, req: unknown) => Promise<Result<unknown>>;
type Log = (message: string, detail?: unknown) => void;

/**
 * Serves one authenticated bridge socket: each call is validated, dispatched and answered with
 * its id. A malformed message gets an error result (id -1 when unreadable), never a crash; a
 * malformed frame (bad UTF-8, opcode, close code, RSV bits, masking, or over the size limit) is
 * logged and closes this socket only — the host and its other pages carry on.
 */
export function serveBridgeSocket(
  socket: WebSocket,
  dispatch: Dispatch,
  log: Log = () => {},
): void {
  const send = (message: WsServerMessage) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
  };
  socket.on('error', (err) => {
    log('a bridge socket sent a malformed frame; it was closed', err.message);
    socket.terminate();
  });
  socket.on('message', (data, isBinary) => {
    void (async () => {
      if (isBinary)
        return send({ type: 'result', id: -1, result: fail('bad-request', 'Expected text.') });
      let call: z.infer<typeof WsCall>;
      try {
        const parsed = WsCall.safeParse(JSON.parse(data.toString()));
        if (!parsed.success) throw new Error('shape');
        call = parsed.data;
      } catch {
        return send({ type: 'result', id: -1, result: fail('bad-request', 'Unreadable request.') });
      }
      send({ type: 'result', id: call.id, result: await dispatch(call.channel, call.req) });
    })();
  });
}

/** Wraps an event for the socket. */
export function eventMessage(event: string, payload: unknown): string {
  return JSON.stringify({ type: 'event', event, payload } satisfies WsServerMessage);
}

import type { z } from 'zod';
import type { WebSocket } from 'ws';
import { fail, type Result } from '../../shared/ipc/result';
import type { WsServerMessage } from '../../shared/ipc/ws-protocol';
import { splitBinaryCall } from '../../shared/ipc/ws-binary';
import { WsCall } from '../../shared/ipc/ws-schema';

type Dispatch = (channel: unknown, req: unknown) => Promise<Result<unknown>>;
type Log = (message: string, detail?: unknown) => void;

/**
 * Serves one authenticated bridge socket: each call (JSON text, or a binary frame carrying bytes,
 * shared/ipc/ws-binary.ts) is validated, dispatched and answered with its id. A malformed
 * message gets an error result (id -1 when unreadable), never a crash; a malformed frame (bad
 * UTF-8, opcode, close code, RSV bits, masking, or over the size limit) is logged and closes
 * this socket only — the host and its other pages carry on.
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
      const call = isBinary ? binaryCall(data as Buffer) : textCall(data.toString());
      if (!call)
        return send({ type: 'result', id: -1, result: fail('bad-request', 'Unreadable request.') });
      send({ type: 'result', id: call.id, result: await dispatch(call.channel, call.req) });
    })();
  });
}

type Call = z.infer<typeof WsCall>;

/** A call sent as JSON text, or null when it is not one. */
function textCall(text: string): Call | null {
  try {
    const parsed = WsCall.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * A call sent as a binary frame (shared/ipc/ws-binary.ts), its bytes put back as `req.data`; null
 * when the frame is malformed, its header is no call, or its `req` is no object or has `data`.
 */
function binaryCall(frame: Buffer): Call | null {
  const split = splitBinaryCall(frame);
  const call = split && textCall(split.header);
  if (!split || !call) return null;
  const req = call.req;
  if (typeof req !== 'object' || req === null || Array.isArray(req) || 'data' in req) return null;
  return { ...call, req: { ...req, data: split.data } };
}

/** Wraps an event for the socket. */
export function eventMessage(event: string, payload: unknown): string {
  return JSON.stringify({ type: 'event', event, payload } satisfies WsServerMessage);
}

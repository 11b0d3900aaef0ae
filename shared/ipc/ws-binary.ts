import type { WsCall } from './ws-protocol';

/**
 * A call that carries bytes (a part of an imported log) travels over the browser host's socket as
 * one binary frame instead of JSON with the bytes in base64, which is a third larger and slower
 * for the browser to send and the host to read: four bytes giving the length N of the header
 * (big-endian), N bytes of the call as JSON (UTF-8) without its `req.data`, then the bytes, which
 * are `req.data`. No zod here (see ws-protocol.ts); the host validates the header with
 * ws-schema.ts.
 */

/** Longest header a binary call may have: a call's fields besides its bytes are short. */
export const MAX_BINARY_HEADER_BYTES = 16 * 1024;

const LENGTH_BYTES = 4;

/**
 * True for a Uint8Array (or a Buffer), of this realm or another (a test's DOM, say); an object
 * that only calls itself one (its `Symbol.toStringTag`) is not a view of any buffer.
 */
export function isBytes(value: unknown): value is Uint8Array {
  return (
    ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]'
  );
}

/** A call's request that carries bytes in `data`. */
export type BytesRequest = { data: Uint8Array } & Record<string, unknown>;

/** True when `req` carries bytes in `data`, so its call travels as a binary frame. */
export function carriesBytes(req: unknown): req is BytesRequest {
  return typeof req === 'object' && req !== null && isBytes((req as { data?: unknown }).data);
}

/** The binary frame of `call`, whose `req.data` are bytes. */
export function encodeBinaryCall(call: WsCall & { req: BytesRequest }): Uint8Array<ArrayBuffer> {
  const { data, ...rest } = call.req;
  const header = new TextEncoder().encode(JSON.stringify({ ...call, req: rest }));
  const frame = new Uint8Array(LENGTH_BYTES + header.length + data.length);
  new DataView(frame.buffer).setUint32(0, header.length);
  frame.set(header, LENGTH_BYTES);
  frame.set(data, LENGTH_BYTES + header.length);
  return frame;
}

/**
 * The header (the call's JSON text) and the bytes of a binary frame, or null when the frame is
 * too short for the length it gives, gives one over {@link MAX_BINARY_HEADER_BYTES}, or its
 * header is not UTF-8. The bytes are a view into `frame`.
 */
export function splitBinaryCall(frame: Uint8Array): { header: string; data: Uint8Array } | null {
  if (frame.length < LENGTH_BYTES) return null;
  const length = new DataView(frame.buffer, frame.byteOffset, frame.byteLength).getUint32(0);
  const end = LENGTH_BYTES + length;
  if (length > MAX_BINARY_HEADER_BYTES || end > frame.length) return null;
  try {
    const header = new TextDecoder('utf-8', { fatal: true }).decode(frame.subarray(4, end));
    return { header, data: frame.subarray(end) };
  } catch {
    return null;
  }
}

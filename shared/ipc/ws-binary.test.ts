import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  carriesBytes,
  encodeBinaryCall,
  isBytes,
  MAX_BINARY_HEADER_BYTES,
  splitBinaryCall,
} from './ws-binary';

const frameOf = (length: number, header: Uint8Array, data: Uint8Array) => {
  const frame = new Uint8Array(4 + header.length + data.length);
  new DataView(frame.buffer).setUint32(0, length);
  frame.set(header, 4);
  frame.set(data, 4 + header.length);
  return frame;
};

describe('binary calls', () => {
  test.prop([fc.uint8Array({ maxLength: 2000 }), fc.string({ unit: 'binary', maxLength: 50 })])(
    'split back into the call without its bytes, and its bytes',
    (data, importId) => {
      const call = {
        type: 'call' as const,
        id: 9,
        channel: 'import:chunk',
        req: { importId, data },
      };
      const split = splitBinaryCall(encodeBinaryCall(call))!;
      expect(JSON.parse(split.header)).toEqual({ ...call, req: { importId } });
      expect(split.data).toEqual(data);
    },
  );

  it('tell bytes from anything else', () => {
    expect(carriesBytes({ data: new Uint8Array(1) })).toBe(true);
    for (const req of [{ data: 'aGk=' }, { data: [1] }, {}, null, 'x', new Uint8Array(1)])
      expect(carriesBytes(req)).toBe(false);
  });

  it('refuse a frame too short, a length past its end or over the limit, or a header not UTF-8', () => {
    const header = new TextEncoder().encode('{}');
    const data = new Uint8Array([1, 2]);
    expect(splitBinaryCall(frameOf(2, header, data))).toEqual({ header: '{}', data });
    for (const frame of [
      new Uint8Array(0),
      new Uint8Array([0, 0, 0]),
      frameOf(5, header, new Uint8Array(0)),
      frameOf(0xffffffff, header, data),
      frameOf(MAX_BINARY_HEADER_BYTES + 1, new Uint8Array(MAX_BINARY_HEADER_BYTES + 1), data),
      frameOf(2, new Uint8Array([0xc3, 0x28]), data),
    ])
      expect(splitBinaryCall(frame)).toBeNull();
  });

  it('take a Uint8Array or a Buffer as bytes, and nothing that only looks like one', () => {
    expect(isBytes(new Uint8Array(2))).toBe(true);
    expect(isBytes(Buffer.from('hi'))).toBe(true);
    for (const other of [
      new Uint16Array(2),
      new DataView(new ArrayBuffer(2)),
      new ArrayBuffer(2),
      { 0: 104, length: 1 },
      { [Symbol.toStringTag]: 'Uint8Array' },
      'aGk=',
      null,
    ])
      expect(isBytes(other)).toBe(false);
  });

  test.prop([fc.uint8Array({ maxLength: 300 })])('never throw on any bytes', (frame) => {
    expect(() => splitBinaryCall(frame)).not.toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import { bytesToBase64, bytesToBase64ByParts } from './base64';

/** Bytes that are not all alike, so a part sent twice or out of place shows. */
function pattern(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = (i * 31 + (i >> 8) * 7) & 0xff;
  return bytes;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** RFC 4648 §4 written out three bytes at a time: slow, plain, independent of btoa. */
function reference(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    const left = bytes.length - i;
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    out += left > 1 ? ALPHABET[(n >> 6) & 63]! : '=';
    out += left > 2 ? ALPHABET[n & 63]! : '=';
  }
  return out;
}

/** The bytes base64 `text` stands for, through the platform's decoder. */
const decode = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** Whether two byte arrays hold the same bytes (a plain loop; deep equality is slow on 1 MiB). */
function same(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

describe('bytesToBase64', () => {
  it("uses the engine's own encoder where the bytes have one", () => {
    const bytes = Object.assign(pattern(3), { toBase64: () => 'from the engine' });
    expect(bytesToBase64(bytes)).toBe('from the engine');
  });
});

describe.each([
  ['bytesToBase64', bytesToBase64],
  ['bytesToBase64ByParts', bytesToBase64ByParts],
])('%s', (_name, bytesToBase64) => {
  it('matches the reference encoder for every length from 0 to 100 bytes', () => {
    for (let length = 0; length <= 100; length++) {
      expect(bytesToBase64(pattern(length)), `${length} bytes`).toBe(reference(pattern(length)));
    }
  });

  it('encodes every byte value', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(bytesToBase64(all)).toBe(reference(all));
  });

  it('encodes 1 MiB and sizes around its inner parts, and decodes back to the same bytes', () => {
    for (const length of [1024 * 1024, 32_766, 32_767, 32_768, 65_532, 65_533, 512 * 1024 + 1]) {
      const bytes = pattern(length);
      const text = bytesToBase64(bytes);
      expect(text, `${length} bytes`).toBe(reference(bytes));
      expect(same(decode(text), bytes), `${length} bytes back`).toBe(true);
    }
  });

  it('encodes a view into a larger buffer, not the whole buffer', () => {
    const whole = pattern(50);
    expect(bytesToBase64(whole.subarray(10, 20))).toBe(reference(whole.subarray(10, 20)));
  });
});

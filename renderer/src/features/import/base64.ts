// btoa takes a "binary string"; building it 32 766 bytes at a time keeps String.fromCharCode's
// argument list far below engines' limits, and a multiple of 3 means no part is padded but the last.
const PART_BYTES = 3 * 10_922;

/**
 * Standard base64 (RFC 4648 §4, with `=` padding) of `bytes`, of any length, without building
 * one huge string of arguments or characters at once.
 */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += PART_BYTES) {
    const part = bytes.subarray(start, start + PART_BYTES);
    parts.push(btoa(String.fromCharCode(...part)));
  }
  return parts.join('');
}

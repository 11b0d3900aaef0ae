const LF = 0x0a;

// UTF-8 text: a byte-order mark is dropped by hand, so that no part but the first could lose one.
const BOM = [0xef, 0xbb, 0xbf];
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

// Where the first byte above 0x7f sits at or after `from`, or `bytes.length`. Four bytes at a time
// where the buffer's alignment allows.
function nonAscii(bytes: Uint8Array, from: number): number {
  let i = from;
  const aligned = (bytes.byteOffset + i) % 4 === 0 ? i : i + 4 - ((bytes.byteOffset + i) % 4);
  for (; i < aligned && i < bytes.length; i++) if (bytes[i]! > 0x7f) return i;
  if (i >= bytes.length) return bytes.length;
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset + i, (bytes.length - i) >> 2);
  let w = 0;
  while (w < words.length && (words[w]! & 0x80808080) === 0) w++;
  for (i += w * 4; i < bytes.length; i++) if (bytes[i]! > 0x7f) return i;
  return bytes.length;
}

/**
 * UTF-8 bytes decoded (invalid sequences replaced, a leading byte-order mark dropped) as
 * consecutive parts that join into the text: runs of lines of ASCII only, which decode to compact
 * one-byte strings, and each line holding anything else on its own. Parts end after a line feed,
 * where a UTF-8 sequence never continues, so decoding them apart gives the same text as decoding
 * the whole.
 */
export function asciiParts(input: Uint8Array): string[] {
  const start = BOM.every((b, i) => input[i] === b) ? BOM.length : 0;
  const bytes = input.subarray(start);
  const parts: string[] = [];
  let from = 0;
  while (from < bytes.length) {
    const high = nonAscii(bytes, from);
    if (high === bytes.length) {
      parts.push(decoder.decode(bytes.subarray(from)));
      break;
    }
    const lineStart = high === 0 ? 0 : bytes.lastIndexOf(LF, high - 1) + 1;
    const lineFeed = bytes.indexOf(LF, high);
    const lineEnd = lineFeed === -1 ? bytes.length : lineFeed + 1;
    if (lineStart > from) parts.push(decoder.decode(bytes.subarray(from, lineStart)));
    parts.push(decoder.decode(bytes.subarray(Math.max(lineStart, from), lineEnd)));
    from = lineEnd;
  }
  return parts;
}

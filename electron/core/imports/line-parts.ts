import { asciiParts } from '../../../shared/formats/importers/common/ascii-parts';

const LF = 0x0a;
const BOM = [0xef, 0xbb, 0xbf];
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

const startsWithBom = (bytes: Uint8Array) => BOM.every((b, i) => bytes[i] === b);

/**
 * A file arriving in byte chunks, decoded as it comes into text parts that each end at a line
 * feed (as `asciiParts` gives them for the whole file, and the importers read them). Only whole
 * lines are decoded: the bytes after a chunk's last line feed wait for the next chunk, so a
 * chunk that ends inside a line, a UTF-8 character or a CR LF pair loses nothing, and the parts
 * join into the text the whole file decodes to.
 */
export class LineParts {
  private readonly done: string[] = [];
  // The bytes after the last line feed so far, as they came (joined once a line feed comes).
  private waiting: Uint8Array[] = [];
  private chars = 0;
  private started = false;

  /** Takes the next chunk of the file. */
  push(chunk: Uint8Array): void {
    const last = chunk.lastIndexOf(LF);
    if (last === -1) {
      if (chunk.length > 0) this.waiting.push(chunk.slice());
      return;
    }
    this.decode(concat([...this.waiting, chunk.subarray(0, last + 1)]));
    this.waiting = last + 1 < chunk.length ? [chunk.slice(last + 1)] : [];
  }

  /** The parts decoded so far (whole lines only), in order. */
  get parts(): readonly string[] {
    return this.done;
  }

  /** How many characters the parts so far hold. */
  get length(): number {
    return this.chars;
  }

  /** Every part, the file's last line (one with no line feed after it) included. */
  end(): readonly string[] {
    if (this.waiting.length > 0) this.decode(concat(this.waiting));
    this.waiting = [];
    return this.done;
  }

  // The file's leading byte-order mark is dropped (asciiParts does); one that starts a later
  // line is a character of that line and stays.
  private decode(bytes: Uint8Array): void {
    let rest = bytes;
    while (this.started && startsWithBom(rest)) {
      const lineEnd = rest.indexOf(LF) + 1 || rest.length;
      this.add(decoder.decode(rest.subarray(0, lineEnd)));
      rest = rest.subarray(lineEnd);
    }
    this.started = true;
    for (const part of asciiParts(rest)) this.add(part);
  }

  private add(part: string): void {
    this.done.push(part);
    this.chars += part.length;
  }
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const joined = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    joined.set(chunk, at);
    at += chunk.length;
  }
  return joined;
}

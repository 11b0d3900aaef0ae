// FNV-1a over UTF-16 code units: cheap to compute while scanning a line, one unit at a time.
const OFFSET = 0x811c9dc5 | 0;
const PRIME = 0x01000193;

/** The hash {@link TokenTable} files a token under, given its code units one at a time. */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, PRIME);
}

/** The starting value of a hash fed by {@link hashStep}. */
export const HASH_START = OFFSET;

function hashOf(token: string): number {
  let hash = OFFSET;
  for (let k = 0; k < token.length; k++) hash = hashStep(hash, token.charCodeAt(k));
  return hash;
}

// The code unit with ASCII capitals lowered.
const lower = (c: number): number => (c >= 0x41 && c <= 0x5a ? c + 0x20 : c);

function sameAsLowered(token: string, text: string, start: number, end: number): boolean {
  if (token.length !== end - start) return false;
  for (let k = 0; k < token.length; k++) {
    if (token.charCodeAt(k) !== lower(text.charCodeAt(start + k))) return false;
  }
  return true;
}

/**
 * Distinct tokens numbered 0, 1, 2… in the order first seen, found by the token itself or by a
 * span of a line's text read in place (ASCII capitals lowered), so that indexing a line needs no
 * string for a token the table already holds.
 */
export class TokenTable {
  /** Every token, by its number. */
  readonly tokens: string[] = [];
  private hashes = new Int32Array(64);
  // Open addressing: a token's number plus one, 0 for a free slot; never more than half full.
  private slots = new Int32Array(128);

  /** The number of `token`, given it first when new. */
  idOf(token: string): number {
    const hash = hashOf(token);
    const mask = this.slots.length - 1;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const id = this.slots[s]! - 1;
      if (id < 0) return this.insert(token, hash, s);
      if (this.hashes[id] === hash && this.tokens[id] === token) return id;
    }
  }

  /** The number of `token`, or -1 when the table lacks it. */
  find(token: string): number {
    const hash = hashOf(token);
    const mask = this.slots.length - 1;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const id = this.slots[s]! - 1;
      if (id < 0 || (this.hashes[id] === hash && this.tokens[id] === token)) return id;
    }
  }

  /**
   * The number of the token `text[start, end)` (ASCII only) with its capitals lowered, given it
   * first when new; `hash` is that token's hash ({@link hashStep} over its lowered code units).
   */
  idOfSpan(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const id = this.slots[s]! - 1;
      if (id < 0) return this.insert(text.slice(start, end).toLowerCase(), hash, s);
      if (this.hashes[id] === hash && sameAsLowered(this.tokens[id]!, text, start, end)) return id;
    }
  }

  /** How many tokens the table holds. */
  get size(): number {
    return this.tokens.length;
  }

  private insert(token: string, hash: number, slot: number): number {
    const id = this.tokens.push(token) - 1;
    if (id === this.hashes.length) {
      const grown = new Int32Array(id * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[id] = hash;
    this.slots[slot] = id + 1;
    if (this.tokens.length * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    return id;
  }

  private rehash(size: number): void {
    const slots = new Int32Array(size);
    const mask = size - 1;
    for (let id = 0; id < this.tokens.length; id++) {
      let s = this.hashes[id]! & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = id + 1;
    }
    this.slots = slots;
  }
}

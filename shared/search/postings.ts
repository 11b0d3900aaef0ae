import { HASH_START, hashStep, TokenTable } from './token-table';
import { isPlainAscii } from './tokens';

/** The ascending line ids of one token: a typed array grown by doubling, and how much is used. */
interface PostingList {
  ids: Uint32Array;
  n: number;
}

// `[a-z0-9]` once lowered: what a word of plain ASCII text is made of (see `tokenize`).
const isWordCode = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
const lowered = (c: number): number => (c >= 0x41 && c <= 0x5a ? c + 0x20 : c);

/**
 * Posting lists: for each token, the ids of the lines that contain it, ascending and without
 * repeats (ids must be added in ascending order). One typed array per token keeps 500,000 lines
 * in a few tens of megabytes.
 */
export class Postings {
  private table = new TokenTable();
  // By token number (see TokenTable).
  private lists: PostingList[] = [];
  private sorted: string[] | null = null;

  /**
   * Posting lists taken as they are: `tokens` in ascending order, `lists[i]` the ascending ids
   * of `tokens[i]` (the arrays are kept, not copied, until a token gains an id).
   */
  static of(tokens: readonly string[], lists: readonly Uint32Array[]): Postings {
    const postings = new Postings();
    tokens.forEach((token, i) => {
      postings.lists[postings.table.idOf(token)] = { ids: lists[i]!, n: lists[i]!.length };
    });
    postings.sorted = [...tokens];
    return postings;
  }

  /** Every token in ascending order, each with its ids (views: do not keep them across `add`). */
  entries(): { tokens: string[]; lists: Uint32Array[] } {
    const tokens = this.vocabulary();
    return { tokens, lists: tokens.map((t) => this.get(t)!) };
  }

  /** Records that line `id` contains `token`; `id` is never below an id added before. */
  add(token: string, id: number): void {
    this.addTo(this.table.idOf(token), id);
  }

  /**
   * Records that line `id` contains each word of `text` when `text` is plain ASCII (see
   * `isPlainAscii`): the tokens `tokenize` gives it, runs of `[a-z0-9]` once lower-cased, read in
   * place with no string made for a token already known. False, recording nothing, for other
   * text, which the caller tokenizes instead.
   */
  addAsciiWords(text: string, id: number): boolean {
    // A regular expression tells this faster than a loop over the characters.
    if (!isPlainAscii(text)) return false;
    const n = text.length;
    let k = 0;
    while (k < n) {
      let c = lowered(text.charCodeAt(k));
      if (!isWordCode(c)) {
        k++;
        continue;
      }
      const start = k;
      let hash = HASH_START;
      do {
        hash = hashStep(hash, c);
        c = ++k < n ? lowered(text.charCodeAt(k)) : 0;
      } while (isWordCode(c));
      this.addTo(this.table.idOfSpan(text, start, k, hash), id);
    }
    return true;
  }

  /**
   * Adds every list of `other` with its ids moved up by `base`, which is above every id this
   * holds (a meeting's words indexed on their own, taken in as its lines' ids).
   */
  merge(other: Postings, base: number): void {
    other.table.tokens.forEach((token, t) => {
      const from = other.lists[t]!;
      const to = this.table.idOf(token);
      let list = this.lists[to];
      if (!list) {
        list = { ids: new Uint32Array(Math.max(4, from.n)), n: 0 };
        this.lists[to] = list;
        this.sorted = null;
      } else if (list.n + from.n > list.ids.length) {
        const grown = new Uint32Array(Math.max(list.ids.length * 2, list.n + from.n));
        grown.set(list.ids.subarray(0, list.n));
        list.ids = grown;
      }
      for (let k = 0; k < from.n; k++) list.ids[list.n + k] = from.ids[k]! + base;
      list.n += from.n;
    });
  }

  /** The number of `token` (given it first when new), for {@link addToken}. */
  tokenId(token: string): number {
    return this.table.idOf(token);
  }

  /** {@link add} for a token by its {@link tokenId}, so a token added often is hashed once. */
  addToken(tokenId: number, id: number): void {
    this.addTo(tokenId, id);
  }

  /** The ids of the lines containing `token` (a view: do not keep it across `add`), or null. */
  get(token: string): Uint32Array | null {
    const t = this.table.find(token);
    return t < 0 ? null : this.lists[t]!.ids.subarray(0, this.lists[t]!.n);
  }

  /** Every token starting with `prefix`, from a sorted vocabulary rebuilt after additions. */
  withPrefix(prefix: string): string[] {
    const vocab = this.vocabulary();
    let lo = 0;
    let hi = vocab.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (vocab[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < vocab.length && vocab[i]!.startsWith(prefix); i++) out.push(vocab[i]!);
    return out;
  }

  /** Drops every list. */
  clear(): void {
    this.table = new TokenTable();
    this.lists = [];
    this.sorted = null;
  }

  /** How many distinct tokens are indexed. */
  get size(): number {
    return this.table.size;
  }

  private vocabulary(): string[] {
    return (this.sorted ??= [...this.table.tokens].sort());
  }

  private addTo(t: number, id: number): void {
    let list = this.lists[t];
    if (!list) {
      list = { ids: new Uint32Array(4), n: 0 };
      this.lists.push(list);
      this.sorted = null;
    } else if (list.ids[list.n - 1] === id) {
      return;
    }
    if (list.n === list.ids.length) {
      const grown = new Uint32Array(Math.max(4, list.ids.length * 2));
      grown.set(list.ids);
      list.ids = grown;
    }
    list.ids[list.n++] = id;
  }
}

/** The ascending line ids of one token: a typed array grown by doubling, and how much is used. */
interface PostingList {
  ids: Uint32Array;
  n: number;
}

/**
 * Posting lists: for each token, the ids of the lines that contain it, ascending and without
 * repeats (ids must be added in ascending order). One typed array per token keeps 500,000 lines
 * in a few tens of megabytes.
 */
export class Postings {
  private readonly lists = new Map<string, PostingList>();
  private sorted: string[] | null = null;

  /**
   * Posting lists taken as they are: `tokens` in ascending order, `lists[i]` the ascending ids
   * of `tokens[i]` (the arrays are kept, not copied, until a token gains an id).
   */
  static of(tokens: readonly string[], lists: readonly Uint32Array[]): Postings {
    const postings = new Postings();
    tokens.forEach((token, i) =>
      postings.lists.set(token, { ids: lists[i]!, n: lists[i]!.length }),
    );
    postings.sorted = [...tokens];
    return postings;
  }

  /** Every token in ascending order, each with its ids (views: do not keep them across `add`). */
  entries(): { tokens: string[]; lists: Uint32Array[] } {
    this.sorted ??= [...this.lists.keys()].sort();
    return { tokens: this.sorted, lists: this.sorted.map((t) => this.get(t)!) };
  }

  /** Records that line `id` contains `token`; `id` is never below an id added before. */
  add(token: string, id: number): void {
    let list = this.lists.get(token);
    if (!list) {
      list = { ids: new Uint32Array(4), n: 0 };
      this.lists.set(token, list);
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

  /** The ids of the lines containing `token` (a view: do not keep it across `add`), or null. */
  get(token: string): Uint32Array | null {
    const list = this.lists.get(token);
    return list ? list.ids.subarray(0, list.n) : null;
  }

  /** Every token starting with `prefix`, from a sorted vocabulary rebuilt after additions. */
  withPrefix(prefix: string): string[] {
    this.sorted ??= [...this.lists.keys()].sort();
    const vocab = this.sorted;
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
    this.lists.clear();
    this.sorted = null;
  }

  /** How many distinct tokens are indexed. */
  get size(): number {
    return this.lists.size;
  }
}

import type { Utterance } from './utterances';
import { contentStems } from './words';

/** An agenda entry to place: its title, and the stems of its head and of its description. */
export interface AgendaEntry {
  title: string;
  head: string[];
  rest: string[];
}

/** A placed entry: which one, at which utterance, how well it fits there. */
export interface Placement {
  entry: number;
  at: number;
  fit: number;
}

/** Splits an agenda title into its head and description (`packaging - ways to automate …`). */
export function agendaEntry(title: string): AgendaEntry {
  const [head, ...rest] = title.split(/\s+[-–—:]\s+|\?\s*/);
  const headStems = [...new Set(contentStems(head ?? title))];
  const restStems = [...new Set(contentStems(rest.join(' ')))].filter(
    (s) => !headStems.includes(s),
  );
  return { title, head: headStems, rest: restStems };
}

const WINDOW = 12;
// The least fit worth a topic: below it, an entry is taken as not discussed.
const THRESHOLD = 0.7;

/**
 * Places agenda entries on the transcript in their order (a dynamic programme, like aligning two
 * sequences): each placed entry starts a topic at the utterance where its words are said,
 * ahead of where they keep coming up, best with a cue; entries that fit nowhere are skipped.
 * `bonus[i]` is what utterance i adds by itself to any entry placed on it (a cue, the chair).
 */
export function alignAgenda(
  entries: readonly AgendaEntry[],
  said: readonly Utterance[],
  bonus: readonly number[],
  idf: (stem: string) => number,
  from = 0,
): Placement[] {
  const n = said.length;
  const where = stemIndex(said);
  const fits = entries.map((e) =>
    said.map((_, p) => (p < from ? -1 : fit(e, where, p, bonus[p]!, idf))),
  );
  // best[k][p]: best total with entries < k placed before utterance p.
  const m = entries.length;
  const best: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(0));
  const choice: (number | null)[][] = Array.from({ length: m + 1 }, () =>
    new Array<number | null>(n + 1).fill(null),
  );
  for (let k = 1; k <= m; k++) {
    let runBest = 0; // best over q < p of best[k-1][q] + gain(k-1, q)... built incrementally
    let runAt: number | null = null;
    for (let p = 0; p <= n; p++) {
      // Option: skip entry k-1 entirely.
      let value = best[k - 1]![p]!;
      let at: number | null = null;
      if (runAt !== null && runBest > value) [value, at] = [runBest, runAt];
      best[k]![p] = value;
      choice[k]![p] = at;
      if (p < n) {
        const gain = fits[k - 1]![p]! - THRESHOLD;
        const candidate = best[k - 1]![p]! + gain;
        if (gain > 0 && candidate > runBest) [runBest, runAt] = [candidate, p];
      }
    }
  }
  const placed: Placement[] = [];
  let p = n;
  for (let k = m; k >= 1; k--) {
    const at = choice[k]![p]!;
    if (at === null) continue;
    placed.push({ entry: k - 1, at, fit: fits[k - 1]![at]! });
    p = at;
  }
  return placed.reverse();
}

/** Where each stem is said: utterance indices in increasing order. */
export type StemIndex = ReadonlyMap<string, readonly number[]>;

/** Indexes the utterances' stems by position. */
export function stemIndex(said: readonly Utterance[]): StemIndex {
  const index = new Map<string, number[]>();
  said.forEach((u, i) => {
    for (const s of u.stems) {
      const list = index.get(s);
      if (!list) index.set(s, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  });
  return index;
}

// True when `list` (sorted) holds a value in [from, to).
function anyIn(list: readonly number[] | undefined, from: number, to: number): boolean {
  if (!list) return false;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length && list[lo]! < to;
}

function coverage(
  stems: readonly string[],
  where: StemIndex,
  from: number,
  to: number,
  idf: (s: string) => number,
): number {
  let total = 0;
  let hit = 0;
  for (const s of stems) {
    total += idf(s);
    if (anyIn(where.get(s), from, to)) hit += idf(s);
  }
  return total ? hit / total : 0;
}

function fit(
  e: AgendaEntry,
  where: StemIndex,
  p: number,
  bonus: number,
  idf: (s: string) => number,
): number {
  const here =
    coverage(e.head, where, p, p + 1, idf) + 0.4 * coverage(e.rest, where, p, p + 1, idf);
  const ahead =
    coverage(e.head, where, p, p + WINDOW, idf) +
    0.3 * coverage(e.rest, where, p + 1, p + WINDOW, idf);
  const behind = coverage(e.head, where, p - WINDOW, p, idf);
  return 0.9 * here + 0.5 * ahead - 0.3 * behind + bonus;
}

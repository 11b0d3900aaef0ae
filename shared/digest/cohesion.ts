import type { Utterance } from './utterances';

function counts(said: readonly Utterance[], from: number, to: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = Math.max(0, from); i < Math.min(said.length, to); i++) {
    for (const s of said[i]!.stems) m.set(s, (m.get(s) ?? 0) + 1);
  }
  return m;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    dot += v * (b.get(k) ?? 0);
  }
  for (const v of b.values()) nb += v * v;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/**
 * TextTiling's depth score (Hearst 1997) at the gap before each utterance: how far lexical
 * cohesion between the `block` lines before and after the gap dips below the peaks on either
 * side, scaled so the deepest gap is 1.
 */
export function cohesionDepths(said: readonly Utterance[], block = 8): number[] {
  const sims = said.map((_, i) => cosine(counts(said, i - block, i), counts(said, i, i + block)));
  const depth = sims.map((s, i) => {
    let left = s;
    for (let j = i - 1; j >= 0 && sims[j]! >= left; j--) left = sims[j]!;
    let right = s;
    for (let j = i + 1; j < sims.length && sims[j]! >= right; j++) right = sims[j]!;
    return i < 2 || i > said.length - 2 ? 0 : left - s + (right - s);
  });
  const max = Math.max(0, ...depth);
  return max > 0 ? depth.map((d) => d / max) : depth;
}

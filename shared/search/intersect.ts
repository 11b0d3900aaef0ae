/**
 * The first index at or after `from` whose value is at least `target` in the ascending `list`
 * (its length when there is none): a galloping search, so walking a long list in step with a
 * short one costs about the short one's length times a logarithm.
 */
export function seek(list: Uint32Array, from: number, target: number): number {
  let step = 1;
  let lo = from;
  let hi = from;
  while (hi < list.length && list[hi]! < target) {
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  if (hi > list.length) hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The ids that are in every list, that `mask` (when given) marks, and that `keep` accepts, in
 * ascending order. Lists are ascending; the shortest drives the walk.
 */
export function intersect(
  lists: readonly Uint32Array[],
  mask: Uint8Array | null,
  keep: (id: number) => boolean,
): number[] {
  const ordered = [...lists].sort((a, b) => a.length - b.length);
  const [driver, ...others] = ordered;
  if (!driver) return [];
  const cursors = new Array<number>(others.length).fill(0);
  const out: number[] = [];
  outer: for (const id of driver) {
    if (mask && mask[id] !== 1) continue;
    for (let k = 0; k < others.length; k++) {
      const list = others[k]!;
      const at = seek(list, cursors[k]!, id);
      cursors[k] = at;
      if (at === list.length) break outer;
      if (list[at] !== id) continue outer;
    }
    if (keep(id)) out.push(id);
  }
  return out;
}

/** A mask over ids `0..size-1` marking every id of every list (the union of a prefix's words). */
export function unionMask(lists: readonly Uint32Array[], size: number): Uint8Array {
  const mask = new Uint8Array(size);
  for (const list of lists) for (const id of list) mask[id] = 1;
  return mask;
}

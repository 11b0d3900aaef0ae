/** How well proposed positions match the recorded ones. */
export interface Score {
  gold: number;
  proposed: number;
  matched: number;
  precision: number | null;
  recall: number | null;
  /** Null when there was nothing to find and nothing was proposed. */
  f1: number | null;
}

/**
 * Scores proposed line positions against recorded ones: each recorded point matches at most one
 * proposal within `tolerance` lines, as many pairs as possible. Precision, recall and F1 are null where
 * they divide by zero (F1 is 0 when something was recorded or proposed and nothing matched).
 */
export function scorePositions(
  gold: readonly number[],
  proposed: readonly number[],
  tolerance: number,
): Score {
  // Points on a line with windows of equal width: matching each recorded point, in order, with
  // the first unmatched proposal in its window gives the most matches there can be.
  const g = [...gold].sort((a, b) => a - b);
  const p = [...proposed].sort((a, b) => a - b);
  let matched = 0;
  let j = 0;
  for (const point of g) {
    while (j < p.length && p[j]! < point - tolerance) j++;
    if (j < p.length && p[j]! <= point + tolerance) {
      matched++;
      j++;
    }
  }
  const precision = proposed.length ? matched / proposed.length : null;
  const recall = gold.length ? matched / gold.length : null;
  let f1: number | null = null;
  if (gold.length || proposed.length) {
    f1 = precision && recall ? (2 * precision * recall) / (precision + recall) : 0;
  }
  return { gold: gold.length, proposed: proposed.length, matched, precision, recall, f1 };
}

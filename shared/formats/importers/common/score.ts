/** Share (0..1) of the sample lines that match at least one of the patterns. */
export function share(sample: readonly string[], patterns: readonly RegExp[]): number {
  if (sample.length === 0) return 0;
  let hits = 0;
  for (const line of sample) if (patterns.some((p) => p.test(line))) hits++;
  return hits / sample.length;
}

/** True when any sample line matches the pattern. */
export function anyLine(sample: readonly string[], pattern: RegExp): boolean {
  return sample.some((line) => pattern.test(line));
}

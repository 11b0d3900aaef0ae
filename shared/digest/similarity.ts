/** How much of `a`'s stems `b` repeats, 0..1 (0 when `a` has none). */
export function overlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0) return 0;
  const set = new Set(b);
  return a.filter((w) => set.has(w)).length / a.length;
}

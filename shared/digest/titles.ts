import type { Utterance } from './utterances';
import { isStopWord, stem, words } from './words';

/**
 * A short title for the topic starting at utterance `from`: its most said content words over the
 * next lines, as they were spelled, most frequent first.
 */
export function derivedTitle(said: readonly Utterance[], from: number, span = 15): string {
  const count = new Map<string, number>();
  const spelling = new Map<string, string>();
  for (const u of said.slice(from, from + span)) {
    for (const w of new Set(words(u.text))) {
      if (w.length < 3 || isStopWord(w) || /^\d+$/.test(w)) continue;
      const s = stem(w);
      count.set(s, (count.get(s) ?? 0) + 1);
      if (!spelling.has(s)) spelling.set(s, w);
    }
  }
  const top = [...count.entries()]
    .filter(([, c]) => c >= 2)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([s]) => spelling.get(s)!);
  return top.length ? top.join(', ') : (said[from]?.text.slice(0, 60) ?? '');
}

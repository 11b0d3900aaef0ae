import { listEntry } from './cues';
import type { Transcript } from './utterances';

/** An agenda read out in the channel: its entries, and which utterances listed them. */
export interface SpokenAgenda {
  titles: string[];
  /** Indices (into `said`) of the lines that listed it. */
  listing: Set<number>;
}

/**
 * An agenda somebody pasted into the channel: a run of numbered or bulleted lines (at most one
 * other line between two of them), two or more, or one right after a line saying "agenda".
 */
export function spokenAgenda(t: Transcript): SpokenAgenda | null {
  const said = t.said;
  for (let i = 0; i < said.length; i++) {
    if (listEntry(said[i]!.text) === null) continue;
    const run = [i];
    const titles = new Set([listEntry(said[i]!.text)!.toLowerCase()]);
    for (let j = i + 1; j < said.length && j - run[run.length - 1]! <= 2; j++) {
      const entry = listEntry(said[j]!.text)?.toLowerCase();
      if (entry === undefined) continue;
      // An entry said again is the chair taking it up, not more agenda.
      if (titles.has(entry)) break;
      titles.add(entry);
      run.push(j);
    }
    const announced = said.slice(Math.max(0, i - 3), i).some((u) => /\bagenda\b/i.test(u.text));
    if (run.length >= 2 || (announced && run.length >= 1)) {
      return { titles: run.map((k) => listEntry(said[k]!.text)!), listing: new Set(run) };
    }
    i = run[run.length - 1]!;
  }
  return null;
}

import { useEffect, useMemo, useState } from 'react';
import type { TranscriptLine } from '../../../../shared/domain/line';
import { findNeedle } from '../../../../shared/irc/find-text';
import { useActions, useAppState } from '../../app/AppContext';
import type { FoundLines } from '../../state/find-lines';
import { findMatches } from './find-matches';

// Typing waits this long before the core looks through the whole transcript.
const ASK_AFTER_MS = 120;

/** The lines find has found, by seq, oldest first. */
export interface Found {
  seqs: number[];
  /** The core found more than it answers with (the oldest were left out). */
  more: boolean;
  /** True once the core answered this query (or could not): before, only the lines held count. */
  settled: boolean;
  /** A new object each time the core answers, for the bar to select the newest match then. */
  answer: object | null;
}

/** Merges two ascending lists of seqs into one, without repeats. */
function union(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (out.at(-1) !== next) out.push(next);
  }
  return out;
}

/**
 * The matches of `query` in the whole transcript: what the core finds in every line it has (the
 * window holds only some), with the lines held that came after it looked. Until the core answers
 * (or when it cannot), the lines held.
 */
export function useFoundLines(query: string, lines: readonly TranscriptLine[]): Found {
  const { findLines } = useActions();
  const channel = useAppState((s) => s.transcriptChannel);
  const needle = findNeedle(query);
  const [answer, setAnswer] = useState<{
    key: string;
    found: FoundLines | null;
  } | null>(null);
  const key = `${channel ?? ''}\n${needle}`;

  useEffect(() => {
    if (!needle) return;
    let live = true;
    const timer = setTimeout(() => {
      void findLines(needle).then((found) => {
        if (live) setAnswer({ key, found });
      });
    }, ASK_AFTER_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key, needle, findLines]);

  return useMemo(() => {
    const held = findMatches(lines, needle).map((index) => lines[index]!.seq);
    const mine = answer?.key === key ? answer : null;
    if (!mine?.found) return { seqs: held, more: false, settled: mine !== null, answer: mine };
    const { seqs, more } = mine.found;
    return { seqs: union(seqs, held), more, settled: true, answer: mine };
  }, [lines, needle, answer, key]);
}

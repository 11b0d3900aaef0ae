import type { MarkKind } from '../../../../shared/ipc/after-meeting-schemas';
import { markName } from './reader-model';

/** A digest suggestion on the transcript, and what the chair made of it. */
export interface ReaderSuggestion {
  id: number;
  as: MarkKind;
  /** The line it rests on. */
  seq: number;
  /** The words the mark will carry (the chair may edit them). */
  text: string;
  confidence: number;
  reason: string;
  /** `present`: the minutes already have it on that line (nothing to decide). */
  status: 'open' | 'accepted' | 'rejected' | 'present';
}

/** A confidence as people read it: `85%`. */
export const percent = (confidence: number): string => `${Math.round(confidence * 100)}%`;

/** A suggestion in a few words: `Decision 70%`. */
export const suggestionLabel = (s: ReaderSuggestion): string =>
  `${markName(s.as)} ${percent(s.confidence)}`;

/** The suggestions still to decide, by line (several on one line are joined). */
export function openByLine(items: readonly ReaderSuggestion[]): Map<number, string> {
  const bySeq = new Map<number, string>();
  for (const s of items) {
    if (s.status !== 'open') continue;
    const before = bySeq.get(s.seq);
    bySeq.set(s.seq, before ? `${before}, ${suggestionLabel(s)}` : suggestionLabel(s));
  }
  return bySeq;
}

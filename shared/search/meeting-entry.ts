import { ircLower } from '../irc/casemap';
import type { ItemType } from '../domain/meeting';
import type { SearchDocument, SearchLine } from './types';

/** A meeting as the index holds it: its lines in `seq` order and the ids they were given. */
export interface MeetingEntry {
  doc: SearchDocument;
  lines: readonly SearchLine[];
  /** Id of the first line; the line at position i has id `base + i`. */
  base: number;
  channelKey: string;
  /** The document's `startedAt`, or 0 when it is not a finite number. */
  startedAt: number;
  typeBySeq: Map<number, ItemType>;
  live: boolean;
}

const DECISIONS: ReadonlySet<string> = new Set(['agreed', 'accepted', 'rejected']);

/** True for the item types the `decision` filter stands for. */
export function isDecision(type: string): boolean {
  return DECISIONS.has(type);
}

function inSeqOrder(lines: readonly SearchLine[]): readonly SearchLine[] {
  for (let i = 1; i < lines.length; i++) {
    if (lines[i]!.seq < lines[i - 1]!.seq) return [...lines].sort((a, b) => a.seq - b.seq);
  }
  return lines;
}

/** The entry for `doc`, its lines numbered from `base`. The first item on a line gives its type. */
export function entryOf(doc: SearchDocument, base: number): MeetingEntry {
  const typeBySeq = new Map<number, ItemType>();
  for (const item of doc.items) if (!typeBySeq.has(item.seq)) typeBySeq.set(item.seq, item.type);
  return {
    doc,
    lines: inSeqOrder(doc.lines),
    base,
    channelKey: ircLower(doc.channel),
    startedAt: Number.isFinite(doc.startedAt) ? doc.startedAt : 0,
    typeBySeq,
    live: true,
  };
}

import { ircLower } from '../irc/casemap';
import type { ItemType } from '../domain/meeting';
import type { SearchDocument, SearchLine } from './types';

/** A meeting as the index holds it: its lines in `seq` order and the ids they were given. */
export interface MeetingEntry {
  doc: SearchDocument;
  /** How many lines it has (known without reading them). */
  size: number;
  /** Its lines in `seq` order, read from `doc` when first asked for (a kept one's on demand). */
  readonly lines: readonly SearchLine[];
  /** The text of the line at position `i`, without reading the others when it can. */
  text(i: number): string;
  /** The line at position `i`, without reading the others when it can. */
  line(i: number): SearchLine;
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

/** How a kept meeting reads one of its lines, or one line's text, on its own. */
export interface LineReader {
  text(i: number): string;
  line(i: number): SearchLine;
}

/**
 * The entry for `doc` of `size` lines, numbered from `base`. The first item on a line gives its
 * type. `doc.lines` is only read when the entry's lines are; `reader` (when given) reads single
 * lines instead.
 */
export function entryOf(
  doc: SearchDocument,
  base: number,
  size = doc.lines.length,
  reader?: LineReader,
): MeetingEntry {
  const typeBySeq = new Map<number, ItemType>();
  for (const item of doc.items) if (!typeBySeq.has(item.seq)) typeBySeq.set(item.seq, item.type);
  let lines: readonly SearchLine[] | null = null;
  return {
    doc,
    size,
    get lines() {
      return (lines ??= inSeqOrder(doc.lines));
    },
    text(i) {
      return reader ? reader.text(i) : this.lines[i]!.text;
    },
    line(i) {
      return reader ? reader.line(i) : this.lines[i]!;
    },
    base,
    channelKey: ircLower(doc.channel),
    startedAt: Number.isFinite(doc.startedAt) ? doc.startedAt : 0,
    typeBySeq,
    live: true,
  };
}

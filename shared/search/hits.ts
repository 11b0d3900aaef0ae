import type { MeetingEntry } from './meeting-entry';
import type { TermGroup } from './query';
import { tokenSpans } from './tokens';
import type { Mark, SearchHit, SearchLine } from './types';

/** A line as a hit carries it: only the fields of `SearchLine`, whatever the caller stored. */
export function lineOf(line: SearchLine): SearchLine {
  return { seq: line.seq, at: line.at, nick: line.nick, text: line.text, kind: line.kind };
}

/** The spans of `text` holding a word of the query, for highlighting. */
export function marksFor(text: string, groups: readonly TermGroup[]): Mark[] {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const g of groups) {
    g.tokens.forEach((t, i) =>
      g.prefix && i === g.tokens.length - 1 ? prefixes.push(t) : exact.add(t),
    );
  }
  const marks: Mark[] = [];
  for (const span of tokenSpans(text)) {
    const hit = span.tokens.some((t) => exact.has(t) || prefixes.some((p) => t.startsWith(p)));
    if (hit) marks.push({ start: span.start, end: span.end });
  }
  return marks;
}

/** Up to `n` lines on each side of position `index` of the entry's lines. */
export function contextOf(
  entry: MeetingEntry,
  index: number,
  n: number,
): { before: SearchLine[]; after: SearchLine[] } {
  const range = (from: number, to: number) => {
    const out: SearchLine[] = [];
    for (let i = Math.max(0, from); i < Math.min(to, entry.size); i++)
      out.push(lineOf(entry.line(i)));
    return out;
  };
  return { before: range(index - n, index), after: range(index + 1, index + 1 + n) };
}

/**
 * The first `limit` hits among matching line `ids` (ascending), newest meeting first and then in
 * line order, each with `context` lines on either side and its matched words marked. `slotOf`
 * maps a line id to its meeting's entry.
 */
export function collectHits(
  entries: readonly MeetingEntry[],
  slotOf: Uint32Array,
  ids: readonly number[],
  options: { groups: readonly TermGroup[]; limit: number; context: number },
): SearchHit[] {
  // Ids of one meeting are contiguous and ascending, so runs of one slot are its hits in order.
  const runs: { slot: number; from: number; to: number }[] = [];
  for (let i = 0; i < ids.length; i++) {
    const slot = slotOf[ids[i]!]!;
    const run = runs.at(-1);
    if (run && run.slot === slot) run.to = i + 1;
    else runs.push({ slot, from: i, to: i + 1 });
  }
  runs.sort((a, b) => entries[b.slot]!.startedAt - entries[a.slot]!.startedAt || b.slot - a.slot);

  const hits: SearchHit[] = [];
  for (const run of runs) {
    const entry = entries[run.slot]!;
    for (let i = run.from; i < run.to && hits.length < options.limit; i++) {
      const index = ids[i]! - entry.base;
      const line = lineOf(entry.line(index));
      hits.push({
        meetingId: entry.doc.meetingId,
        channel: entry.doc.channel,
        title: entry.doc.title,
        startedAt: entry.startedAt,
        ...line,
        type: entry.typeBySeq.get(line.seq) ?? null,
        marks: marksFor(line.text, options.groups),
        ...contextOf(entry, index, options.context),
      });
    }
    if (hits.length >= options.limit) break;
  }
  return hits;
}

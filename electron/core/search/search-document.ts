import type { LineKind } from '../../../shared/domain/line';
import type { SearchDocument, SearchItem, SearchLine } from '../../../shared/search/index';
import type { MeetingFold } from '../meetings/fold/meeting-fold';

// What people said or wrote: joins, parts and gap notes are not worth finding.
const SEARCHED: ReadonlySet<LineKind> = new Set([
  'message',
  'action',
  'notice',
  'topic',
  'heading',
]);

/** True for the kinds of line the search finds (what people said or wrote). */
export function isSearched(kind: LineKind): boolean {
  return SEARCHED.has(kind);
}

/**
 * A meeting as the search index takes it: its said lines numbered by their transcript `seq`
 * (so a hit jumps to the line in the meeting's transcript), and the items its minutes made of
 * them (the chair's marks included).
 */
export function searchDocument(id: string, fold: MeetingFold): SearchDocument {
  // The fold's own line records serve as the search lines (they hold every field a SearchLine
  // has): a long meeting's lines are not copied one object each.
  const lines: SearchLine[] = [];
  for (const { line } of fold.lines) if (isSearched(line.kind)) lines.push(line);
  const items: SearchItem[] = [];
  for (const item of fold.engine.items) {
    const seq = fold.logSeqs[item.line - 1];
    if (seq !== undefined) items.push({ type: item.type, seq });
  }
  return {
    meetingId: id,
    channel: fold.start.channel,
    title:
      fold.engine.meetingTopic || fold.start.title || fold.engine.meetingName || fold.start.channel,
    startedAt: fold.startedAt,
    lines,
    items,
  };
}

import type { LineKind } from '../../../shared/domain/line';
import type { SearchDocument, SearchItem } from '../../../shared/search/index';
import type { MeetingFold } from '../meetings/fold/meeting-fold';

// What people said or wrote: joins, parts and gap notes are not worth finding.
const SEARCHED: ReadonlySet<LineKind> = new Set([
  'message',
  'action',
  'notice',
  'topic',
  'heading',
]);

/**
 * A meeting as the search index takes it: its said lines numbered by their transcript `seq`
 * (so a hit jumps to the line in the meeting's transcript), and the items its minutes made of
 * them (the chair's marks included).
 */
export function searchDocument(id: string, fold: MeetingFold): SearchDocument {
  const lines = fold.lines
    .filter(({ line }) => SEARCHED.has(line.kind))
    .map(({ line }) => ({
      seq: line.seq,
      at: line.at,
      nick: line.nick,
      text: line.text,
      kind: line.kind,
    }));
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

import type { Meeting } from '../domain/meeting';
import type { SearchDocument } from './types';

/**
 * A finished meeting as a search document: its log lines (numbered by their log line, which is
 * where the `.log.html` anchors and the minutes items point) and its items. `startedAt` defaults
 * to the meeting's first stamp, or 0 when the log carries no date.
 */
export function documentOf(
  meetingId: string,
  meeting: Meeting,
  startedAt: number = meeting.start?.at ?? 0,
): SearchDocument {
  return {
    meetingId,
    channel: meeting.channel,
    title: meeting.title ?? meeting.name ?? meeting.channel,
    startedAt,
    lines: meeting.log.map((l) => ({
      seq: l.n,
      at: l.at,
      nick: l.nick,
      text: l.text,
      kind: l.kind,
    })),
    items: meeting.items.map((i) => ({ type: i.type, seq: i.line })),
  };
}

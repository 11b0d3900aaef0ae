import type { HistoryEntry } from '../../../../shared/ipc/after-meeting-schemas';
import type { SearchHit, SearchLine } from '../../../../shared/search/types';

/** 2024-05-01 13:00 local time. */
export const DAY1 = new Date(2024, 4, 1, 13, 0).getTime();

/** A line around a hit, said by `bob` unless told. */
export function contextLine(
  seq: number,
  text: string,
  fields: Partial<SearchLine> = {},
): SearchLine {
  return { seq, at: DAY1 + seq * 60_000, nick: 'bob', text, kind: 'message', ...fields };
}

/** A hit in meeting `m1` of `#meet`, without marks or context unless told. */
export function searchHit(fields: Partial<SearchHit> = {}): SearchHit {
  return {
    meetingId: 'm1',
    channel: '#meet',
    title: 'Weekly sync',
    startedAt: DAY1,
    seq: 5,
    at: DAY1 + 5 * 60_000,
    nick: 'alice',
    text: 'the budget is tight',
    kind: 'message',
    type: null,
    marks: [],
    before: [],
    after: [],
    ...fields,
  };
}

/** A meeting of the history list. */
export function historyEntry(
  id: string,
  channel: string,
  fields: Partial<HistoryEntry> = {},
): HistoryEntry {
  return {
    id,
    channel,
    title: null,
    status: 'ended',
    source: 'live',
    startedAt: DAY1,
    endedAt: DAY1 + 3_600_000,
    durationMin: 60,
    people: 2,
    actions: 0,
    openActions: 0,
    format: null,
    ...fields,
  };
}

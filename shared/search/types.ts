import { z } from 'zod';
import type { LineKind } from '../domain/line';
import type { ItemType } from '../domain/meeting';

/** One line of a meeting as the search index keeps it and hands it back. */
export interface SearchLine {
  /** The line's number in its meeting (the transcript `seq`, or the log line number). */
  seq: number;
  /** Epoch ms when known. */
  at: number | null;
  nick: string;
  text: string;
  kind: LineKind;
}

/** Which line carries a minutes item, and of what type. */
export interface SearchItem {
  type: ItemType;
  seq: number;
}

/**
 * A meeting to index. `lines` are in `seq` order; `items` say which lines are decisions,
 * actions, links, info… The index keeps a reference to `lines`: do not mutate them after `add`.
 */
export interface SearchDocument {
  meetingId: string;
  channel: string;
  title: string;
  /** Epoch ms; orders the results (newest meeting first) and is what `from`/`to` filter on. */
  startedAt: number;
  lines: readonly SearchLine[];
  items: readonly SearchItem[];
}

/** `decision` stands for agreed, accepted and rejected; every other name is one item type. */
export const SearchType = z.enum([
  'decision',
  'action',
  'link',
  'info',
  'idea',
  'help',
  'topic',
  'subtopic',
  'progress',
  'agreed',
  'accepted',
  'rejected',
  'done',
  'vote',
]);
export type SearchType = z.infer<typeof SearchType>;

/** Most hits one search returns, whatever `limit` asks for. */
export const MAX_LIMIT = 500;
/** Most context lines on each side of a hit. */
export const MAX_CONTEXT = 10;

/**
 * A search across meetings. `text`: words that must all occur in a line (case and accents
 * ignored), the last one as a prefix, `"quoted phrases"` as consecutive words. Filters narrow by
 * channel and nick (IRC case rules), item type, and the meeting's start (`from`/`to`, epoch ms,
 * inclusive). With empty `text`, every line passing the filters matches (when there is a filter).
 */
export const SearchQuery = z.object({
  text: z.string().max(1000),
  channel: z.string().max(200).optional(),
  nick: z.string().max(200).optional(),
  type: SearchType.optional(),
  from: z.number().finite().optional(),
  to: z.number().finite().optional(),
  limit: z.number().int().min(1).max(MAX_LIMIT).optional(),
  contextLines: z.number().int().min(0).max(MAX_CONTEXT).optional(),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

/** A span of a hit's `text` (UTF-16 offsets, end exclusive) that matched a query word. */
export interface Mark {
  start: number;
  end: number;
}

/** One matching line, with the lines around it and where to jump to. */
export interface SearchHit {
  meetingId: string;
  channel: string;
  title: string;
  startedAt: number;
  seq: number;
  at: number | null;
  nick: string;
  text: string;
  kind: LineKind;
  /** The minutes item this line made (e.g. `agreed`, `action`), or null. */
  type: ItemType | null;
  marks: Mark[];
  before: SearchLine[];
  after: SearchLine[];
}

/** The first `limit` hits (newest meeting first, then by line) and how many lines matched in all. */
export interface SearchResult {
  hits: SearchHit[];
  total: number;
}

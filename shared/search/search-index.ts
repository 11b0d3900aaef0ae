import { ircLower } from '../irc/casemap';
import { collectHits } from './hits';
import { intersect, unionMask } from './intersect';
import { entryOf, isDecision, type LineReader, type MeetingEntry } from './meeting-entry';
import { phraseMatcher } from './phrase';
import { Postings } from './postings';
import { addLineWords, NICK, type PreparedMeeting } from './prepared-meeting';
import { parseQuery, type TermGroup } from './query';
import {
  MAX_CONTEXT,
  MAX_LIMIT,
  type SearchDocument,
  type SearchQuery,
  type SearchResult,
} from './types';

/** An in-memory full-text index over meetings. */
export interface SearchIndex {
  /**
   * Indexes a meeting; a meeting with the same id is replaced. With `prepared` (its lines' words,
   * indexed as they were read) that fits its lines, those are taken instead of reading them again.
   */
  add(doc: SearchDocument, prepared?: PreparedMeeting): void;
  /** Forgets a meeting; false when it was not indexed. */
  remove(meetingId: string): boolean;
  /** The lines matching `query`: see `SearchQuery` for the rules. Never throws on odd input. */
  search(query: SearchQuery): SearchResult;
  /** How many meetings and lines are indexed, and how many distinct words. */
  stats(): { meetings: number; lines: number; tokens: number };
  /**
   * What the index holds, for keeping it (see `encodeIndex`): valid until the next `add` or
   * `remove`.
   */
  snapshot(): IndexSnapshot;
}

/**
 * An index's meetings and posting lists as plain data. The lines of `docs`, in order, have ids
 * 0, 1, 2…; `sizes[i]` is how many lines `docs[i]` has (so its `lines` can be read on demand);
 * `lists[i]` holds the ascending ids of the lines containing `tokens[i]`, and `tokens` are in
 * ascending order.
 */
export interface IndexSnapshot {
  docs: SearchDocument[];
  sizes: number[];
  /** When given, `readers[d]` reads single lines of `docs[d]` (and their texts) on their own. */
  readers?: LineReader[];
  tokens: string[];
  lists: Uint32Array[];
}

// Filters are indexed as tokens no word can be (words are letters and digits only).
const TYPE = '\u0000t:';
const DEFAULT_LIMIT = 50;
const DEFAULT_CONTEXT = 2;
// Rebuild once removed meetings hold more lines than this and than the live ones.
const COMPACT_AFTER = 50_000;

const EMPTY: SearchResult = { hits: [], total: 0 };

function clamp(value: number | undefined, fallback: number, min: number, max: number): number {
  const n = value !== undefined && Number.isFinite(value) ? Math.trunc(value) : fallback;
  return Math.min(Math.max(n, min), max);
}

/**
 * The lines of `docs` renumbered without the removed meetings: `lists` with the ids of removed
 * lines dropped and the others moved down, and tokens left with no line dropped.
 */
function renumbered(
  entries: readonly MeetingEntry[],
  nextId: number,
  tokens: string[],
  lists: Uint32Array[],
): Pick<IndexSnapshot, 'tokens' | 'lists'> {
  const moved = new Int32Array(nextId).fill(-1);
  let n = 0;
  for (const e of entries) {
    if (!e.live) continue;
    for (let i = 0; i < e.size; i++) moved[e.base + i] = n++;
  }
  const kept: Pick<IndexSnapshot, 'tokens' | 'lists'> = { tokens: [], lists: [] };
  tokens.forEach((token, t) => {
    const list = lists[t]!;
    const out = new Uint32Array(list.length);
    let m = 0;
    for (let i = 0; i < list.length; i++) {
      const id = moved[list[i]!]!;
      if (id >= 0) out[m++] = id;
    }
    if (m === 0) return;
    kept.tokens.push(token);
    kept.lists.push(out.subarray(0, m));
  });
  return kept;
}

/** A new search index: empty, or holding what `from` (a kept snapshot) held. */
export function createSearchIndex(from?: IndexSnapshot): SearchIndex {
  const postings = from ? Postings.of(from.tokens, from.lists) : new Postings();
  let entries: MeetingEntry[] = [];
  let slotOf = new Uint32Array(1024);
  let nextId = 0;
  let deadLines = 0;
  const byId = new Map<string, number>();

  // Gives a meeting its slot and line ids; `index` adds its tokens (a kept one has them).
  function place(doc: SearchDocument, size?: number, reader?: LineReader): MeetingEntry {
    const entry = entryOf(doc, nextId, size, reader);
    const end = nextId + entry.size;
    if (end > slotOf.length) {
      const grown = new Uint32Array(Math.max(end, slotOf.length * 2));
      grown.set(slotOf);
      slotOf = grown;
    }
    slotOf.fill(entries.length, nextId, end);
    byId.set(doc.meetingId, entries.length);
    entries.push(entry);
    nextId = end;
    return entry;
  }
  from?.docs.forEach((doc, i) => place(doc, from.sizes[i], from.readers?.[i]));

  function index(doc: SearchDocument, prepared?: PreparedMeeting): void {
    const entry = place(doc);
    const words = prepared?.fits(entry.lines) === true;
    if (words) postings.merge(prepared.postings, entry.base);
    // Each nick's filter token, numbered once.
    const nickTokens = new Map<string, number>();
    for (let i = 0; i < entry.lines.length; i++) {
      const line = entry.lines[i]!;
      const id = entry.base + i;
      if (!words) addLineWords(postings, nickTokens, line.nick, line.text, id);
      const type = entry.typeBySeq.get(line.seq);
      if (type) {
        postings.add(TYPE + type, id);
        if (isDecision(type)) postings.add(TYPE + 'decision', id);
      }
    }
  }

  function snapshot(): IndexSnapshot {
    const live = entries.filter((e) => e.live);
    // Lines are handed over through readers, so a kept meeting's are not all read into objects.
    const docs = live.map((e): SearchDocument => {
      const { meetingId, channel, title, startedAt, items } = e.doc;
      return {
        meetingId,
        channel,
        title,
        startedAt,
        items,
        get lines() {
          return e.lines;
        },
      };
    });
    const sizes = live.map((e) => e.size);
    const readers = live.map((e) => ({
      text: (i: number) => e.text(i),
      line: (i: number) => e.line(i),
    }));
    const { tokens, lists } = postings.entries();
    if (deadLines === 0) return { docs, sizes, readers, tokens, lists };
    return { docs, sizes, readers, ...renumbered(entries, nextId, tokens, lists) };
  }

  function compact(): void {
    const live = entries.filter((e) => e.live).map((e) => e.doc);
    postings.clear();
    entries = [];
    byId.clear();
    nextId = 0;
    deadLines = 0;
    for (const doc of live) index(doc);
  }

  function remove(meetingId: string): boolean {
    const slot = byId.get(meetingId);
    if (slot === undefined) return false;
    const entry = entries[slot]!;
    entry.live = false;
    byId.delete(meetingId);
    deadLines += entry.size;
    if (deadLines > COMPACT_AFTER && deadLines > nextId - deadLines) compact();
    return true;
  }

  function allowedSlots(q: SearchQuery): Uint8Array {
    const channel = q.channel?.trim() ? ircLower(q.channel.trim()) : null;
    const ok = new Uint8Array(entries.length);
    entries.forEach((e, slot) => {
      const start = e.startedAt;
      const pass =
        e.live &&
        (channel === null || e.channelKey === channel) &&
        (q.from === undefined || start >= q.from) &&
        (q.to === undefined || start <= q.to);
      ok[slot] = pass ? 1 : 0;
    });
    return ok;
  }

  function matchingIds(q: SearchQuery, groups: TermGroup[], allowed: Uint8Array): number[] {
    const lists: Uint32Array[] = [];
    const want = (token: string): boolean => {
      const list = postings.get(token);
      if (list) lists.push(list);
      return list !== null;
    };
    let mask: Uint8Array | null = null;
    for (const g of groups) {
      const exact = g.prefix ? g.tokens.slice(0, -1) : g.tokens;
      if (!exact.every(want)) return [];
      if (!g.prefix) continue;
      const words = postings.withPrefix(g.tokens.at(-1)!);
      if (words.length === 0) return [];
      if (words.length === 1) want(words[0]!);
      else
        mask = unionMask(
          words.map((w) => postings.get(w)!),
          nextId,
        );
    }
    const nick = q.nick?.trim();
    if (nick && !want(NICK + ircLower(nick))) return [];
    if (q.type && !want(TYPE + q.type)) return [];

    const phrases = groups.filter((g) => g.tokens.length > 1).map(phraseMatcher);
    const keep = (id: number): boolean => {
      const slot = slotOf[id]!;
      if (allowed[slot] !== 1) return false;
      if (phrases.length === 0) return true;
      const entry = entries[slot]!;
      const text = entry.text(id - entry.base);
      return phrases.every((matches) => matches(text));
    };
    if (lists.length > 0) return intersect(lists, mask, keep);
    const ids: number[] = [];
    if (mask) {
      for (let id = 0; id < nextId; id++) if (mask[id] === 1 && keep(id)) ids.push(id);
      return ids;
    }
    if (!q.channel?.trim() && q.from === undefined && q.to === undefined) return [];
    entries.forEach((e, slot) => {
      if (allowed[slot] === 1) for (let i = 0; i < e.size; i++) ids.push(e.base + i);
    });
    return ids;
  }

  function search(query: SearchQuery): SearchResult {
    const limit = clamp(query.limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
    const context = clamp(query.contextLines, DEFAULT_CONTEXT, 0, MAX_CONTEXT);
    const groups = parseQuery(query.text);
    const ids = matchingIds(query, groups, allowedSlots(query));
    if (ids.length === 0) return EMPTY;

    return {
      hits: collectHits(entries, slotOf, ids, { groups, limit, context }),
      total: ids.length,
    };
  }

  return {
    add(doc, prepared) {
      if (byId.has(doc.meetingId)) remove(doc.meetingId);
      index(doc, prepared);
    },
    remove,
    search,
    stats: () => ({ meetings: byId.size, lines: nextId - deadLines, tokens: postings.size }),
    snapshot,
  };
}

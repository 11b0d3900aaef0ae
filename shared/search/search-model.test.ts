import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ircLower } from '../irc/casemap';
import { createSearchIndex } from './search-index';
import { tokenize } from './tokens';
import type { SearchDocument, SearchQuery, SearchType } from './types';

const WORDS = [
  'beta',
  'Bêta',
  'release',
  'releases',
  'rel',
  'café',
  'CAFE',
  'the',
  'f33',
  'x-y',
  "don't",
  '#agreed',
];
const NICKS = ['alice', 'Bob', 'bob', 'c[a]t', 'C{A}T'];
const CHANNELS = ['#a', '#A', '#b'];
const TYPES = ['agreed', 'rejected', 'action', 'link', 'info'] as const;

const docs = fc
  .uniqueArray(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 6 })
  .chain((starts) =>
    fc.tuple(
      ...starts.map((start, m) =>
        fc
          .record({
            channel: fc.constantFrom(...CHANNELS),
            lines: fc.array(
              fc.record({
                nick: fc.constantFrom(...NICKS),
                words: fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }),
                type: fc.option(fc.constantFrom(...TYPES)),
              }),
              { maxLength: 8 },
            ),
          })
          .map(({ channel, lines }): SearchDocument => ({
            meetingId: `m${m}`,
            channel,
            title: `meeting ${m}`,
            startedAt: start * 1000,
            lines: lines.map((l, i) => ({
              seq: i + 1,
              at: null,
              nick: l.nick,
              text: l.words.join(' '),
              kind: 'message',
            })),
            items: lines.flatMap((l, i) => (l.type ? [{ type: l.type, seq: i + 1 }] : [])),
          })),
      ),
    ),
  );

const queries = fc.record({
  text: fc
    .array(
      fc.oneof(
        fc.constantFrom(...WORDS),
        fc.constantFrom(
          '"the beta"',
          '"release café"',
          '"bêta release"',
          '"x y"',
          '"don t"',
          'x-y',
          "don't",
          're',
          'caf',
          'f3',
        ),
      ),
      { maxLength: 3 },
    )
    .map((w) => w.join(' ')),
  channel: fc.option(fc.constantFrom(...CHANNELS), { nil: undefined }),
  nick: fc.option(fc.constantFrom(...NICKS), { nil: undefined }),
  type: fc.option(fc.constantFrom<SearchType>('decision', 'action', 'link', 'info'), {
    nil: undefined,
  }),
  from: fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: undefined }),
});

/** The obvious search: every line of every meeting, checked one by one. */
function bruteForce(all: SearchDocument[], q: SearchQuery): string[] {
  const parts = [...q.text.matchAll(/"([^"]*)"?|[^\s"]+/g)]
    .map((m) => ({
      tokens: tokenize(m[1] ?? m[0]),
      bare: m[1] === undefined,
    }))
    .filter((p) => p.tokens.length > 0);
  const last = parts.at(-1);
  const prefix = last !== undefined && last.bare && !/\s$/.test(q.text);
  const filtered =
    q.channel !== undefined || q.from !== undefined || q.nick !== undefined || q.type !== undefined;
  if (parts.length === 0 && !filtered) return [];
  const holds = (tokens: string[], want: string[], pre: boolean) =>
    tokens.some((_, i) =>
      want.every((w, j) => {
        const t = tokens[i + j];
        return t !== undefined && (pre && j === want.length - 1 ? t.startsWith(w) : t === w);
      }),
    );
  const out: string[] = [];
  for (const d of [...all].sort((a, b) => b.startedAt - a.startedAt)) {
    if (q.channel !== undefined && ircLower(d.channel) !== ircLower(q.channel)) continue;
    if (q.from !== undefined && d.startedAt < q.from) continue;
    for (const l of d.lines) {
      const type = d.items.find((i) => i.seq === l.seq)?.type;
      if (q.nick !== undefined && ircLower(l.nick) !== ircLower(q.nick)) continue;
      if (
        q.type === 'decision'
          ? type !== 'agreed' && type !== 'rejected'
          : q.type !== undefined && type !== q.type
      )
        continue;
      const tokens = tokenize(l.text);
      if (parts.every((p) => holds(tokens, p.tokens, prefix && p === last)))
        out.push(`${d.meetingId}:${l.seq}`);
    }
  }
  return out;
}

describe('search against a brute-force model', () => {
  it('finds exactly the lines a line-by-line scan finds, in the same order', () => {
    fc.assert(
      fc.property(
        docs,
        fc.array(queries, { minLength: 1, maxLength: 5 }),
        fc.nat(),
        (all, qs, drop) => {
          const index = createSearchIndex();
          all.forEach((d) => index.add(d));
          const removed = all[drop % all.length]!;
          index.remove(removed.meetingId);
          const live = all.filter((d) => d !== removed);
          for (const q of qs) {
            const r = index.search({ ...q, limit: 500 });
            const expected = bruteForce(live, q);
            expect(r.hits.map((h) => `${h.meetingId}:${h.seq}`)).toEqual(expected);
            expect(r.total).toBe(expected.length);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KeptIndex } from '../../electron/core/search/kept-index';
import { parseMeetbotLog } from '../../shared/formats/importers/meetbot-log';
import {
  createSearchIndex,
  type SearchIndex,
  tokenize,
  type SearchDocument,
  type SearchItem,
  type SearchLine,
  type SearchQuery,
} from '../../shared/search';
import { testData } from '../../shared/testdata/index';
import type { Benchmark } from './registry';

const SOURCES = [
  'meetbot/fedora-magazine-2020-06-10/log.txt',
  'meetbot/fedora-iot-2020-06-10/log.txt',
  'seeds/cockpit-2017-05-08.log.txt',
];
const MEETINGS = 1_000;
const LINES_PER_MEETING = 500;
const QUERIES = 300;
const CHANNELS = [
  '#fedora-meeting',
  '#fedora-meeting-1',
  '#cockpit',
  '#kamailio',
  '#buildbot',
  '#openstack-meeting',
  '#openstack-meeting-3',
  '#debian-meeting',
  '#ubuntu-meeting',
  '#gavel',
  '#fedora-iot',
  '#fedora-magazine',
  '#fedora-qa',
  '#fedora-council',
  '#ceph',
  '#llvm',
  '#openstack-kolla',
  '#ubuntu-devel',
  '#debian-reproducible',
  '#xen',
];
const SYLLABLES = [
  'ka',
  'mo',
  'ri',
  'tes',
  'lin',
  'dor',
  've',
  'quo',
  'sta',
  'pel',
  'nix',
  'gra',
  'bu',
  'fen',
  'zo',
  'ar',
  'ment',
  'cul',
  'tra',
  'shi',
];

/** A small deterministic generator (mulberry32), so every run indexes the same corpus. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const ITEM_RE = /^#(info|agreed|accepted|rejected|action|link|idea|topic|help)\b/i;

/**
 * 1,000 meetings of 500 lines: stretches of three real MeetBot logs with each meeting's own
 * people (from 400 nicks), channel (one of 20), date (one a week over 20 years) and words (a
 * fifth of them swapped for the meeting's subject words, drawn from about 16,000 pseudo-words),
 * and about one line in twelve turned into an #info, #agreed, #action or #link.
 */
export function makeMeetings(): SearchDocument[] {
  const body = SOURCES.flatMap((p) =>
    parseMeetbotLog(readFileSync(testData(p), 'utf8')).slice(1, -1),
  );
  const rnd = random(20_200_610);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  // Pseudo-words of three or four syllables; 7,919 is prime to 20^4, so no four-syllable one repeats.
  const vocabulary = Array.from({ length: 16_000 }, (_, i) => {
    const code = (i * 7919) % 160_000;
    return Array.from(
      { length: 3 + (i % 2) },
      (_, k) => SYLLABLES[Math.floor(code / 20 ** k) % 20],
    ).join('');
  });
  const nicks = Array.from({ length: 400 }, (_, i) => `${pick(SYLLABLES)}${pick(SYLLABLES)}${i}`);
  const commands = ['#info', '#agreed', '#action', '#link https://example.org/', '#info'];
  return Array.from({ length: MEETINGS }, (_, m) => {
    const people = Array.from({ length: 6 + Math.floor(rnd() * 10) }, () => pick(nicks));
    const subject = Array.from({ length: 40 }, () => pick(vocabulary));
    const who = new Map<string, string>();
    const start = Math.floor(rnd() * body.length);
    const lines: SearchLine[] = [];
    const items: SearchItem[] = [];
    const startedAt = Date.UTC(2005, 0, 3, 15) + (m * 7 + Math.floor(rnd() * 3)) * 86_400_000;
    for (let i = 0; i < LINES_PER_MEETING; i++) {
      const src = body[(start + i) % body.length]!;
      if (!who.has(src.nick)) who.set(src.nick, pick(people));
      let text = src.text.replace(/[A-Za-z]{4,}/g, (w) => (rnd() < 0.2 ? pick(subject) : w));
      if (!ITEM_RE.test(text) && rnd() < 0.08) text = `${pick(commands)} ${text}`;
      const seq = i + 1;
      const kind = ITEM_RE.exec(text)?.[1]?.toLowerCase();
      if (kind) items.push({ type: kind as SearchItem['type'], seq });
      lines.push({ seq, at: startedAt + i * 4000, nick: who.get(src.nick)!, text, kind: src.kind });
    }
    return {
      meetingId: `m${m}`,
      channel: pick(CHANNELS),
      title: `meeting ${m}`,
      startedAt,
      lines,
      items,
    };
  });
}

/** 300 queries shaped like what people type: words, pairs, prefixes, phrases, and filters. */
export function makeQueries(meetings: readonly SearchDocument[]): SearchQuery[] {
  const rnd = random(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const types = ['decision', 'action', 'link', 'info'] as const;
  const queries: SearchQuery[] = [];
  while (queries.length < QUERIES) {
    const doc = pick(meetings);
    const line = pick(doc.lines);
    const words = tokenize(line.text);
    if (words.length < 3) continue;
    const at = Math.floor(rnd() * (words.length - 2));
    const shape = queries.length % 5;
    const text = [
      `${words[at]} `,
      `${words[at]} ${words[at + 1]}`,
      words[at]!.slice(0, 3 + Math.floor(rnd() * 3)),
      `"${words.slice(at, at + 2 + Math.floor(rnd() * 2)).join(' ')}"`,
      `${words[at]} ${words[at + 2]!.slice(0, 3)}`,
    ][shape]!;
    const q: SearchQuery = { text, limit: 50, contextLines: 2 };
    const filter = Math.floor(rnd() * 6);
    if (filter === 1) q.channel = doc.channel;
    if (filter === 2) q.nick = line.nick;
    if (filter === 3) q.type = pick(types);
    if (filter === 4)
      Object.assign(q, { from: doc.startedAt - 2 * 365 * 86_400_000, to: doc.startedAt });
    queries.push(q);
  }
  return queries;
}

// The 95th percentile of the query times in ms, after 20 queries to warm up.
function p95Of(index: SearchIndex, queries: readonly SearchQuery[]): number {
  for (const q of queries.slice(0, 20)) index.search(q);
  const times = queries.map((q) => {
    const t = performance.now();
    index.search(q);
    return performance.now() - t;
  });
  times.sort((a, b) => a - b);
  return times[Math.ceil(times.length * 0.95) - 1]!;
}

// The index built from the meetings, kept in a file and loaded back as on a cold start.
function keptAndLoaded(meetings: readonly SearchDocument[]) {
  const built = createSearchIndex();
  const t0 = performance.now();
  for (const m of meetings) built.add(m);
  const buildS = (performance.now() - t0) / 1000;
  const dir = mkdtempSync(join(tmpdir(), 'gavel-bench-search-'));
  try {
    const kept = new KeptIndex(join(dir, 'search-index.bin'));
    const t1 = performance.now();
    kept.save(built.snapshot(), new Map(meetings.map((m) => [m.meetingId, '0:0'])));
    const saveS = (performance.now() - t1) / 1000;
    const mb = statSync(kept.path).size / 2 ** 20;
    const t2 = performance.now();
    const loaded = kept.load();
    if (loaded.kind !== 'kept')
      throw new Error(`The kept index did not load: ${JSON.stringify(loaded)}`);
    const index = createSearchIndex(loaded.snapshot);
    const loadS = (performance.now() - t2) / 1000;
    console.log(
      `(built in ${buildS.toFixed(2)} s, kept in ${saveS.toFixed(2)} s as ${mb.toFixed(1)} MB, loaded in ${loadS.toFixed(3)} s)`,
    );
    return { built, index, loadS };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `search_1000_meetings_p95_ms`: the 95th percentile of 300 searches over 1,000 meetings
 * (500,000 lines), each returning up to 50 hits with two context lines, on the index as loaded
 * from where it is kept. `search_1000_index_s`: the time to load that kept index (a cold start:
 * read, checked and ready to search); the index is first built from the meetings and saved.
 */
export const searchBench: Benchmark = {
  name: 'search across 1,000 meetings',
  keys: ['search_1000_meetings_p95_ms', 'search_1000_index_s'],
  async run() {
    const meetings = makeMeetings();
    const queries = makeQueries(meetings);
    const { built, index, loadS } = keptAndLoaded(meetings);
    const p95 = p95Of(index, queries);
    console.log(
      `(p95 again: ${p95Of(index, queries).toFixed(2)} ms, on the index as built: ${p95Of(built, queries).toFixed(2)} ms)`,
    );
    for (const q of queries) {
      if (JSON.stringify(built.search(q)) !== JSON.stringify(index.search(q)))
        throw new Error(`The loaded index answers ${JSON.stringify(q)} differently.`);
    }
    return {
      search_1000_meetings_p95_ms: Number(p95.toFixed(2)),
      search_1000_index_s: Number(loadS.toFixed(3)),
    };
  },
};

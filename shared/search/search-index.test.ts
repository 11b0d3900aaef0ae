import { describe, expect, it } from 'vitest';
import { createSearchIndex } from './search-index';
import type { SearchDocument, SearchLine } from './types';

const day = (d: number) => Date.UTC(2024, 2, d, 15);

function doc(
  meetingId: string,
  channel: string,
  startedAt: number,
  said: string[],
): SearchDocument {
  const lines: SearchLine[] = said.map((s, i) => {
    const [nick, ...rest] = s.split(': ');
    return {
      seq: i + 1,
      at: startedAt + i * 1000,
      nick: nick!,
      text: rest.join(': '),
      kind: 'message',
    };
  });
  const items = lines.flatMap((l) => {
    const m = /^#(agreed|accepted|rejected|action|link|info|idea)\b/.exec(l.text);
    return m ? [{ type: m[1] as 'agreed', seq: l.seq }] : [];
  });
  return { meetingId, channel, title: `${channel} meeting`, startedAt, lines, items };
}

const march5 = doc('m5', '#fedora-meeting', day(5), [
  'bcotton: #topic Release schedule',
  'jsmith: the beta is slipping a week',
  'bcotton: #agreed Fedora 33 beta moves to 2020-09-22',
  'pbrobinson: #action pwhalen to update the Schedule page',
  'jsmith: #link https://fedorapeople.org/groups/schedule/f-33/',
  'Pwhalen: ok, I will do it',
]);
const march12 = doc('m12', '#cockpit', day(12), [
  'mvollmer: #topic Café and the naïve résumé parser',
  'dperpeet: #info The schedule for the café meeting is out',
  'pitti: #rejected moving the CI to a new schedule',
  'garrett: Release notes are drafted',
]);
const march19 = doc('m19', '#fedora-meeting', day(19), [
  'bcotton: #topic Release readiness',
  'jsmith: #idea a release party',
  'bcotton: release candidate one is out',
]);

function indexed(...docs: SearchDocument[]) {
  const index = createSearchIndex();
  docs.forEach((d) => index.add(d));
  return index;
}

const texts = (r: { hits: { text: string }[] }) => r.hits.map((h) => h.text);

describe('search', () => {
  it('orders hits newest meeting first, then by line', () => {
    const r = indexed(march5, march19, march12).search({ text: 'release' });
    expect(r.hits.map((h) => [h.meetingId, h.seq])).toEqual([
      ['m19', 1],
      ['m19', 2],
      ['m19', 3],
      ['m12', 4],
      ['m5', 1],
    ]);
    expect(r.total).toBe(5);
  });

  it('requires every word and takes the last as a prefix', () => {
    const index = indexed(march5, march12, march19);
    expect(texts(index.search({ text: 'beta fedora' }))).toEqual([
      '#agreed Fedora 33 beta moves to 2020-09-22',
    ]);
    expect(index.search({ text: 'sched' }).total).toBe(5);
    expect(index.search({ text: 'sched ' }).total).toBe(0);
  });

  it('matches quoted phrases only as consecutive words', () => {
    const index = indexed(march5, march12, march19);
    expect(texts(index.search({ text: '"the schedule"' }))).toEqual([
      '#info The schedule for the café meeting is out',
      '#action pwhalen to update the Schedule page',
    ]);
    expect(index.search({ text: '"schedule the"' }).total).toBe(0);
    expect(texts(index.search({ text: '2020-09-22' }))).toEqual([
      '#agreed Fedora 33 beta moves to 2020-09-22',
    ]);
  });

  it('ignores case and accents on both sides', () => {
    const index = indexed(march12);
    expect(index.search({ text: 'CAFE' }).total).toBe(2);
    expect(index.search({ text: 'résumé naive' }).total).toBe(1);
    expect(index.search({ text: 'naïve' }).hits[0]!.marks).toEqual([{ start: 20, end: 25 }]);
  });

  it('filters by channel and nick under IRC case rules', () => {
    const index = indexed(march5, march12, march19);
    expect(index.search({ text: 'schedule', channel: '#Fedora-Meeting' }).total).toBe(3);
    expect(texts(index.search({ text: '', nick: 'PWHALEN' }))).toEqual(['ok, I will do it']);
    expect(index.search({ text: 'release', nick: 'bcotton' }).hits.map((h) => h.meetingId)).toEqual(
      ['m19', 'm19', 'm5'],
    );
  });

  it('filters by item type, decisions standing for agreed, accepted and rejected', () => {
    const index = indexed(march5, march12, march19);
    const decisions = index.search({ text: '', type: 'decision' });
    expect(decisions.hits.map((h) => [h.meetingId, h.type])).toEqual([
      ['m12', 'rejected'],
      ['m5', 'agreed'],
    ]);
    expect(texts(index.search({ text: 'schedule', type: 'action' }))).toEqual([
      '#action pwhalen to update the Schedule page',
    ]);
    expect(index.search({ text: 'fedorapeople', type: 'link' }).hits[0]!.type).toBe('link');
  });

  it('filters by the meeting start, both ends inclusive', () => {
    const index = indexed(march5, march12, march19);
    const between = index.search({ text: 'schedule', from: day(12), to: day(19) });
    expect(between.hits.map((h) => h.meetingId)).toEqual(['m12', 'm12']);
    expect(index.search({ text: '', channel: '#cockpit', to: day(11) }).total).toBe(0);
  });

  it('lists every line of the filtered meetings when there are no words', () => {
    const index = indexed(march5, march12, march19);
    expect(index.search({ text: '', channel: '#cockpit' }).total).toBe(4);
    expect(index.search({ text: '   ' }).total).toBe(0);
  });

  it('gives context lines around each hit, clipped at the meeting edges', () => {
    const index = indexed(march5, march12);
    const [hit] = index.search({ text: 'slipping', contextLines: 2 }).hits;
    expect(hit!.before.map((l) => l.seq)).toEqual([1]);
    expect(hit!.after.map((l) => l.seq)).toEqual([3, 4]);
    expect(hit!.after[0]).toEqual({
      seq: 3,
      at: day(5) + 2000,
      nick: 'bcotton',
      kind: 'message',
      text: '#agreed Fedora 33 beta moves to 2020-09-22',
    });
    const [bare] = index.search({ text: 'slipping', contextLines: 0 }).hits;
    expect([bare!.before, bare!.after]).toEqual([[], []]);
  });

  it('returns at most limit hits but counts them all', () => {
    const r = indexed(march5, march12, march19).search({ text: 'the', limit: 2 });
    expect(r.hits).toHaveLength(2);
    expect(r.total).toBe(5);
  });

  it('forgets removed meetings and replaces a meeting added again', () => {
    const index = indexed(march5, march12, march19);
    expect(index.remove('m19')).toBe(true);
    expect(index.remove('m19')).toBe(false);
    expect(index.search({ text: 'release' }).hits.map((h) => h.meetingId)).toEqual(['m12', 'm5']);
    index.add({ ...march5, lines: march5.lines.slice(0, 1) });
    expect(index.search({ text: 'schedule', channel: '#fedora-meeting' }).total).toBe(1);
    expect(index.stats()).toMatchObject({ meetings: 2, lines: 5 });
  });

  it('keeps answering the same after removed meetings are compacted away', () => {
    const index = createSearchIndex();
    const big = (id: string, d: number) =>
      doc(
        id,
        '#big',
        day(d),
        Array.from({ length: 30_000 }, (_, i) => `n${i % 7}: line ${i} of ${id}`),
      );
    index.add(big('a', 1));
    index.add(march5);
    index.add(big('b', 2));
    index.remove('a');
    index.remove('b');
    expect(index.stats()).toMatchObject({ meetings: 1, lines: march5.lines.length });
    expect(index.search({ text: 'schedule' }).hits.map((h) => h.seq)).toEqual([1, 4, 5]);
    expect(index.search({ text: 'line' }).total).toBe(0);
  });

  it('finds nothing rather than failing on words it has never seen or odd limits', () => {
    const index = indexed(march5);
    expect(index.search({ text: 'zzzz beta' })).toEqual({ hits: [], total: 0 });
    expect(index.search({ text: '', channel: '  ', nick: '' }).total).toBe(0);
    index.add({ ...march12, startedAt: Number.NaN });
    expect(index.search({ text: 'schedule' }).hits.map((h) => [h.meetingId, h.startedAt])).toEqual([
      ['m5', day(5)],
      ['m5', day(5)],
      ['m5', day(5)],
      ['m12', 0],
      ['m12', 0],
    ]);
    expect(index.search({ text: 'beta', limit: Number.NaN, contextLines: -3 }).hits).toHaveLength(
      2,
    );
  });
});

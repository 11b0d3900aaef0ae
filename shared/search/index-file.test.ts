import { describe, expect, it } from 'vitest';
import { decodeIndex, encodeIndex, INDEX_FILE_VERSION } from './index-file';
import { createSearchIndex } from './search-index';
import type { SearchDocument, SearchQuery } from './types';

function doc(
  meetingId: string,
  channel: string,
  startedAt: number,
  texts: string[],
): SearchDocument {
  return {
    meetingId,
    channel,
    title: `Title of ${meetingId}`,
    startedAt,
    lines: texts.map((text, i) => ({
      seq: (i + 1) * 3,
      at: i === 1 ? null : startedAt + i * 1000,
      nick: i % 2 ? 'Bob' : 'alice',
      text,
      kind: i === 0 ? 'topic' : 'message',
    })),
    items: [{ type: 'agreed', seq: 6 }],
  };
}

const DOCS = [
  doc('a', '#Meet', 1000, ['runners', 'the runners are flaky', 'Straße café 🎉 runners', 'end']),
  doc('b', '#other', 2000, ['nothing here', 'we agreed on the runners', 'ok']),
  doc('c', '#meet', 3000, ['dropped later', 'runners again', 'more runners']),
];

const QUERIES: SearchQuery[] = [
  { text: 'runners' },
  { text: 'strasse cafe' },
  { text: '"the runners"' },
  { text: 'run', channel: '#MEET' },
  { text: '', nick: 'bob' },
  { text: 'runners', type: 'decision', contextLines: 3 },
  { text: 'again', from: 2500 },
];

function kept(index: ReturnType<typeof createSearchIndex>) {
  return decodeIndex(encodeIndex(index.snapshot(), { any: ['json'] }));
}

describe('the kept index file', () => {
  it('answers every query as the index it was saved from, removed meetings left out', () => {
    const index = createSearchIndex();
    DOCS.forEach((d) => index.add(d));
    index.remove('c');
    index.add(doc('d', '#meet', 4000, ['runners at last']));
    const { snapshot, meta } = kept(index);
    expect(meta).toEqual({ any: ['json'] });
    const loaded = createSearchIndex(snapshot);
    // Words only the removed meeting had are not kept.
    expect(loaded.stats()).toEqual({ ...index.stats(), tokens: index.stats().tokens - 4 });
    for (const q of QUERIES) expect(loaded.search(q)).toEqual(index.search(q));
    expect(loaded.search({ text: 'dropped' }).total).toBe(0);
    expect(snapshot.docs.map((d) => d.lines)).toEqual(
      ['a', 'b', 'd'].map(
        (id) =>
          [...DOCS, doc('d', '#meet', 4000, ['runners at last'])].find((d) => d.meetingId === id)!
            .lines,
      ),
    );
  });

  it('takes new meetings and loses old ones after loading, and keeps again', () => {
    const index = createSearchIndex();
    DOCS.forEach((d) => index.add(d));
    const loaded = createSearchIndex(kept(index).snapshot);
    loaded.add(doc('e', '#meet', 5000, ['runners once more', 'café']));
    loaded.remove('a');
    index.add(doc('e', '#meet', 5000, ['runners once more', 'café']));
    index.remove('a');
    for (const q of QUERIES) expect(loaded.search(q)).toEqual(index.search(q));
    const again = createSearchIndex(kept(loaded).snapshot);
    for (const q of QUERIES) expect(again.search(q)).toEqual(index.search(q));
  });

  it('keeps a loaded index again without reading every line of it into objects', () => {
    const index = createSearchIndex();
    DOCS.forEach((d) => index.add(d));
    const { snapshot } = kept(index);
    const untouched = snapshot.docs.map((doc) =>
      Object.defineProperty({ ...doc, lines: [] }, 'lines', {
        get: () => {
          throw new Error(`the lines of ${doc.meetingId} were read`);
        },
      }),
    );
    const loaded = createSearchIndex({ ...snapshot, docs: untouched });
    expect(loaded.search({ text: 'runners' })).toEqual(index.search({ text: 'runners' }));
    const again = createSearchIndex(decodeIndex(encodeIndex(loaded.snapshot(), null)).snapshot);
    for (const q of QUERIES) expect(again.search(q)).toEqual(index.search(q));
  });

  it('keeps an empty index', () => {
    const loaded = createSearchIndex(kept(createSearchIndex()).snapshot);
    expect(loaded.stats()).toEqual({ meetings: 0, lines: 0, tokens: 0 });
    expect(loaded.search({ text: 'runners' }).total).toBe(0);
  });

  it('refuses bytes of another version, cut short or out of range', () => {
    const index = createSearchIndex();
    DOCS.forEach((d) => index.add(d));
    const bytes = encodeIndex(index.snapshot(), null);
    const other = bytes.slice();
    new DataView(other.buffer).setUint32(8, INDEX_FILE_VERSION + 1, true);
    expect(() => decodeIndex(other)).toThrow(/version/);
    expect(() => decodeIndex(bytes.subarray(0, bytes.length - 8))).toThrow(/damaged/);
    expect(() => decodeIndex(new TextEncoder().encode('journal.jsonl'))).toThrow(/damaged/);
    const garbled = bytes.slice();
    garbled[17] = 0x7b; // the header no longer parses
    expect(() => decodeIndex(garbled)).toThrow(/damaged/);
    const docs = [DOCS[0]!];
    const snapshot = {
      docs,
      sizes: [4],
      tokens: ['a', 'b'],
      lists: [Uint32Array.of(1), Uint32Array.of(2)],
    };
    expect(() => decodeIndex(encodeIndex(snapshot, null))).not.toThrow();
    for (const wrong of [
      { ...snapshot, lists: [Uint32Array.of(1), Uint32Array.of(4)] },
      { ...snapshot, lists: [Uint32Array.of(2, 1), Uint32Array.of(2)] },
      { ...snapshot, tokens: ['b', 'a'] },
      { ...snapshot, docs: [docs[0]!, docs[0]!], sizes: [4, 4] },
    ])
      expect(() => decodeIndex(encodeIndex(wrong, null))).toThrow(/damaged/);
  });
});

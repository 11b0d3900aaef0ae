import { describe, expect, it } from 'vitest';
import type { LogLine, TranscriptLine } from '../../../shared/domain/line';
import { TranscriptStore } from './transcript-store';

const said = (nick: string, text: string): LogLine => ({
  at: 1,
  time: '00:00:00',
  kind: 'message',
  nick,
  text,
});

describe('TranscriptStore', () => {
  it('numbers lines per channel from 1, keeping self and the channel', () => {
    const store = new TranscriptStore();
    const a = store.append('#meet', said('alice', 'one'), false);
    const b = store.append('#other', said('bob', 'elsewhere'), false);
    const c = store.append('#meet', said('chair', 'two'), true);
    expect([a.seq, b.seq, c.seq]).toEqual([1, 1, 2]);
    expect(c).toEqual({ ...said('chair', 'two'), seq: 2, channel: '#meet', self: true });
  });

  it('since returns the lines after a seq and the last seq', () => {
    const store = new TranscriptStore();
    for (let i = 1; i <= 5; i++) store.append('#meet', said('alice', `line ${i}`), false);
    const slice = store.since('#meet', 3);
    expect(slice.lastSeq).toBe(5);
    expect(slice.lines.map((l) => [l.seq, l.text])).toEqual([
      [4, 'line 4'],
      [5, 'line 5'],
    ]);
    expect(store.since('#meet', 0).lines).toHaveLength(5);
    expect(store.since('#meet', 9)).toEqual({ channel: '#meet', lines: [], lastSeq: 5 });
  });

  it('treats channel names case-insensitively under IRC casemapping', () => {
    const store = new TranscriptStore();
    store.append('#Meet[1]', said('alice', 'a'), false);
    const second = store.append('#meet{1}', said('bob', 'b'), false);
    expect(second).toMatchObject({ seq: 2, channel: '#Meet[1]' });
    expect(store.since('#MEET[1]', 0).lastSeq).toBe(2);
  });

  it('an unknown channel is an empty slice', () => {
    expect(new TranscriptStore().since('#none', 0)).toEqual({
      channel: '#none',
      lines: [],
      lastSeq: 0,
    });
  });
});

describe('TranscriptStore bounds', () => {
  const fill = (store: TranscriptStore, n: number) => {
    for (let i = 1; i <= n; i++) store.append('#meet', said('alice', `line ${i}`), false);
  };

  it('keeps only the newest lines and answers a page at a time', () => {
    const store = new TranscriptStore({ keep: 4, page: 3 });
    fill(store, 20);
    expect(store.since('#meet', 16).lines.map((l) => l.seq)).toEqual([17, 18, 19]);
    expect(store.since('#meet', 18)).toMatchObject({ lastSeq: 20 });
    expect(store.since('#meet', 18).lines.map((l) => l.seq)).toEqual([19, 20]);
    // Nothing keeps the older lines: the answer starts at the oldest kept.
    expect(store.since('#meet', 0).lines.map((l) => l.seq)).toEqual([17, 18, 19]);
  });

  it('pages lines no longer kept from where they are kept, then its own', () => {
    const all: TranscriptLine[] = [];
    const store = new TranscriptStore({
      keep: 4,
      page: 6,
      older: (channel, afterSeq, limit) => {
        expect(channel).toBe('#Meet');
        return all.filter((l) => l.seq > afterSeq && l.seq % 2 === 0).slice(0, limit);
      },
    });
    for (let i = 1; i <= 20; i++)
      all.push(store.append('#Meet', said('alice', `line ${i}`), false));
    expect(store.since('#MEET', 9).lines.map((l) => l.seq)).toEqual([10, 12, 14, 16, 17, 18]);
    expect(store.since('#meet', 0).lines.map((l) => l.seq)).toEqual([2, 4, 6, 8, 10, 12]);
    expect(store.since('#meet', 18).lines.map((l) => l.text)).toEqual(['line 19', 'line 20']);
  });
});

describe('TranscriptStore pages before a line', () => {
  const seqs = (lines: readonly TranscriptLine[]) => lines.map((l) => l.seq);

  it('gives the newest lines below a seq, in order, from those it keeps', () => {
    const store = new TranscriptStore();
    for (let i = 1; i <= 10; i++) store.append('#meet', said('alice', `line ${i}`), false);
    expect(seqs(store.before('#MEET', 8, 3).lines)).toEqual([5, 6, 7]);
    expect(seqs(store.before('#meet', 3, 5).lines)).toEqual([1, 2]);
    expect(store.before('#meet', 1, 5).lines).toEqual([]);
    // A seq past the newest line: the newest lines.
    expect(seqs(store.before('#meet', 99, 2).lines)).toEqual([9, 10]);
    expect(store.before('#none', 5, 5)).toEqual({ channel: '#none', lines: [] });
  });

  it('pages lines no longer kept in from where they are kept, and at most a page', () => {
    const all: TranscriptLine[] = [];
    const asked: [number, number][] = [];
    const store = new TranscriptStore({
      keep: 4,
      page: 5,
      older: (_channel, afterSeq, limit) => {
        asked.push([afterSeq, limit]);
        return all.filter((l) => l.seq > afterSeq).slice(0, limit);
      },
    });
    for (let i = 1; i <= 20; i++) all.push(store.append('#meet', said('bob', `l${i}`), false));
    // Kept: 17..20. Below 19 come 14..16 from the meeting and 17, 18 from the store.
    expect(seqs(store.before('#meet', 19, 5).lines)).toEqual([14, 15, 16, 17, 18]);
    expect(asked.at(-1)).toEqual([13, 3]);
    expect(seqs(store.before('#meet', 12, 100).lines)).toEqual([7, 8, 9, 10, 11]);
    expect(store.before('#meet', 12, 100).lines[0]).toBe(all[6]);
  });
});

describe('TranscriptStore finds lines', () => {
  it('finds in the whole transcript, lines no longer kept included, newest first kept', () => {
    const all: TranscriptLine[] = [];
    const store = new TranscriptStore({
      keep: 4,
      older: (_channel, afterSeq, limit) => all.filter((l) => l.seq > afterSeq).slice(0, limit),
    });
    const texts = ['budget', 'x', '\x02BUDget\x02 again', 'y', 'z', 'no', 'budget 3', 'w', 'q'];
    for (const text of texts) all.push(store.append('#meet', said('bob', text), false));
    // Kept: 6..9; 1 and 3 come from the meeting's lines, formatting and case ignored.
    expect(store.find('#MEET', ' budget ', 100)).toEqual({
      channel: '#meet',
      seqs: [1, 3, 7],
      lastSeq: 9,
      more: false,
    });
    // Nicks are found too; at most `limit`, the newest, saying there were more.
    expect(store.find('#meet', 'bob', 3)).toEqual({
      channel: '#meet',
      seqs: [7, 8, 9],
      lastSeq: 9,
      more: true,
    });
    expect(store.find('#meet', 'nowhere', 5).seqs).toEqual([]);
    expect(store.find('#none', 'budget', 5)).toEqual({
      channel: '#none',
      seqs: [],
      lastSeq: 0,
      more: false,
    });
  });

  it('finds only in the lines it keeps when nothing older is kept elsewhere', () => {
    const store = new TranscriptStore({ keep: 2 });
    for (const text of ['budget', 'a', 'b', 'c', 'budget'])
      store.append('#m', said('x', text), false);
    expect(store.find('#m', 'budget', 10).seqs).toEqual([5]);
  });
});

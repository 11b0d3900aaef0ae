import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { PreparedMeeting } from './prepared-meeting';
import { createSearchIndex } from './search-index';
import type { SearchDocument } from './types';

const word = fc.constantFrom('release', 'Café', 'beta', 'naïve', 'x2', 'ÉTÉ', '#agreed', '😀');
const said = fc.record({
  nick: fc.constantFrom('ana', 'Bob', 'cöle', 'Ana'),
  text: fc.array(word, { maxLength: 6 }).map((w) => w.join(' ')),
});

const docOf = (meetingId: string, lines: { nick: string; text: string }[]): SearchDocument => ({
  meetingId,
  channel: '#m',
  title: meetingId,
  startedAt: 1,
  lines: lines.map((l, i) => ({ ...l, seq: i + 1, at: null, kind: 'message' as const })),
  items: lines.flatMap((l, i) =>
    l.text.startsWith('#agreed') ? [{ type: 'agreed' as const, seq: i + 1 }] : [],
  ),
});

const postingsOf = (index: ReturnType<typeof createSearchIndex>) => {
  const { tokens, lists, sizes } = index.snapshot();
  return { tokens, lists, sizes };
};

function preparedOf(lines: { nick: string; text: string }[]): PreparedMeeting {
  const prepared = new PreparedMeeting();
  for (const l of lines) prepared.add(l.nick, l.text);
  return prepared;
}

describe('PreparedMeeting', () => {
  test.prop([fc.array(said, { maxLength: 20 }), fc.array(said, { minLength: 1, maxLength: 30 })])(
    'makes the index it is taken into hold what indexing the lines would',
    (before, lines) => {
      const read = createSearchIndex();
      const taken = createSearchIndex();
      for (const index of [read, taken]) index.add(docOf('before', before));
      read.add(docOf('m', lines));
      taken.add(docOf('m', lines), preparedOf(lines));
      expect(postingsOf(taken)).toEqual(postingsOf(read));
      for (const text of ['release', 'cafe', 'naive ete', '"beta release"']) {
        expect(taken.search({ text, nick: 'ana' })).toEqual(read.search({ text, nick: 'ana' }));
        expect(taken.search({ text, type: 'decision' })).toEqual(
          read.search({ text, type: 'decision' }),
        );
      }
    },
  );

  it('is not taken for lines it does not fit, which are indexed instead', () => {
    const lines = [
      { nick: 'ana', text: 'the release is out' },
      { nick: 'bob', text: 'good' },
    ];
    const other = preparedOf([lines[0]!, { nick: 'bob', text: 'great' }]);
    expect(other.fits(docOf('m', lines).lines)).toBe(false);
    expect(preparedOf(lines.slice(0, 1)).fits(docOf('m', lines).lines)).toBe(false);
    const index = createSearchIndex();
    index.add(docOf('m', lines), other);
    expect(index.search({ text: 'good' }).total).toBe(1);
    expect(index.search({ text: 'great' }).total).toBe(0);
  });
});

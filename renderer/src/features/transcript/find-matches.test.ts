import { describe, expect, it } from 'vitest';
import { transcriptLine } from '../../testing/fake-bridge';
import { findMatches, indexOfSeq } from './find-matches';

describe('findMatches', () => {
  const lines = [
    transcriptLine(1, { text: 'Hello \x02World\x02' }),
    transcriptLine(2, { nick: 'bob', text: 'nothing here' }),
    transcriptLine(3, { text: 'the world is round' }),
  ];

  it('finds text and nicks, ignoring case and formatting codes', () => {
    expect(findMatches(lines, 'WORLD')).toEqual([0, 2]);
    expect(findMatches(lines, 'bob')).toEqual([1]);
    expect(findMatches(lines, 'o w')).toEqual([0]);
    expect(findMatches(lines, '  ')).toEqual([]);
    expect(findMatches(lines, 'absent')).toEqual([]);
  });

  it('finds a line by seq even when seqs have holes', () => {
    const holes = [transcriptLine(2), transcriptLine(5), transcriptLine(9)];
    expect(indexOfSeq(holes, 5)).toBe(1);
    expect(indexOfSeq(holes, 9)).toBe(2);
    expect(indexOfSeq(holes, 3)).toBe(-1);
  });
});

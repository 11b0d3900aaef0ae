import { describe, expect, it } from 'vitest';
import { rowRange, tailRows } from './row-range';

const TAIL = 30;

const range = (startIndex: number, endIndex: number, count: number) => ({
  startIndex,
  endIndex,
  overscan: 2,
  count,
});

describe('rowRange', () => {
  it('renders the newest rows while following, whatever the scroll position says', () => {
    const rows = rowRange(range(100, 120, 1000), true, TAIL);
    expect(rows).toEqual(Array.from({ length: TAIL }, (_, i) => 1000 - TAIL + i));
    expect(rowRange(range(0, 5, 6), true, TAIL)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(rowRange(range(0, 0, 0), true, TAIL)).toEqual([]);
  });

  it('renders the virtualizer’s range when reading further up', () => {
    expect(rowRange(range(100, 120, 1000), false, TAIL)).toEqual(
      Array.from({ length: 25 }, (_, i) => 98 + i),
    );
  });

  it('takes enough newest rows to fill the viewport at one line a row', () => {
    expect(tailRows(600)).toBe(34);
    expect(tailRows(0)).toBe(4);
  });
});

import { describe, expect, it } from 'vitest';
import { chartLabel, drawable, formatValue, largest, limitRows } from './bar-chart';

describe('chartLabel', () => {
  it('removes formatting, controls and bidi overrides, and collapses spacing', () => {
    expect(chartLabel('\x0304,12red\x03 nick\u202e\r\n\tx\u0000', 40)).toBe('red nick x');
  });

  it('cuts long labels with an ellipsis, by characters not code units', () => {
    expect(chartLabel('😀'.repeat(30), 5)).toBe('😀😀😀😀…');
    expect(chartLabel('   ', 5)).toBe('—');
  });
});

describe('limitRows', () => {
  it('sums the rows past the limit into one', () => {
    const rows = Array.from({ length: 5 }, (_, i) => ({
      label: `n${i}`,
      values: [i, i === 4 ? null : 1],
    }));
    expect(limitRows(rows, 3)).toEqual([
      { label: 'n0', values: [0, 1] },
      { label: 'n1', values: [1, 1] },
      { label: '3 more', values: [9, 2] },
    ]);
    expect(limitRows(rows, 5)).toEqual(rows);
  });
});

describe('values', () => {
  it('draws only finite, non-negative numbers', () => {
    expect([1, 0, -1, Number.NaN, Infinity, null].map(drawable)).toEqual([
      1,
      0,
      null,
      null,
      null,
      null,
    ]);
  });

  it('prints whole numbers whole and small fractions to one decimal', () => {
    expect([136, 3.38, 12.7, null].map(formatValue)).toEqual(['136', '3.4', '13', '–']);
  });

  it('never scales by zero', () => {
    expect(largest([{ label: 'a', values: [0, null] }])).toBe(1);
    expect(largest([{ label: 'a', values: [3, 7] }])).toBe(7);
  });
});

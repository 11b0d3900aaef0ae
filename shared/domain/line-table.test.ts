import { describe, expect, it } from 'vitest';
import type { LogLine } from './line';
import { LineTable } from './line-table';

const lines: LogLine[] = [
  { at: 1_000, time: '12:00:01', kind: 'message', nick: 'ann', text: '#startmeeting x' },
  { at: null, time: '', kind: 'join', nick: 'bob', text: '' },
  { at: 2_000, time: '12:00:02', kind: 'action', nick: 'ann', text: 'waves — ünïcode' },
];

describe('LineTable', () => {
  it('gives back every line it was made from, nicks interned', () => {
    const table = LineTable.fromLines(lines);
    expect(table.length).toBe(3);
    expect(table.lines()).toEqual(lines);
    expect(table.columns.nicks).toEqual(['ann', 'bob']);
    expect(table.at(1)).toBeNull();
    expect(table.textCode(0, 0)).toBe(0x23);
    expect(table.textCode(1, 0)).toBeNaN();
  });

  it('reads texts as offsets into shared source parts', () => {
    const parts = ['12:00 <a> hi\n12:01 <b> there', 'ünï'];
    const table = new LineTable(2, {
      kinds: Uint8Array.of(0, 1),
      nickIds: Int32Array.of(0, 0),
      nicks: ['a'],
      times: ['12:00', '12:01'],
      ats: Float64Array.of(Number.NaN, 5),
      parts,
      textParts: Int32Array.of(0, 1),
      textStarts: Int32Array.of(10, 1),
      textEnds: Int32Array.of(12, 3),
    });
    expect(table.lines()).toEqual([
      { at: null, time: '12:00', kind: 'message', nick: 'a', text: 'hi' },
      { at: 5, time: '12:01', kind: 'action', nick: 'a', text: 'nï' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { layoutChart } from './chart-layout';
import type { ViewChart } from './view-charts';

const chart = (rows: ViewChart['rows'], compare = false): ViewChart => ({
  title: 't',
  category: 'c',
  series: compare ? ['planned', 'actual'] : ['lines'],
  unit: compare ? 'min' : 'lines',
  rows,
  compare,
});

describe('layoutChart', () => {
  it('scales bars to the largest value and prints each value', () => {
    const layout = layoutChart(
      chart([
        { label: 'bob', values: [10] },
        { label: 'alice', values: [5] },
      ]),
      640,
    );
    const [bob, alice] = layout.rows;
    expect(bob!.bars[0]!.width).toBe(2 * alice!.bars[0]!.width);
    expect(alice!.bars[0]!.text).toBe('5');
    expect(alice!.y).toBeGreaterThan(bob!.y);
  });

  it('marks an actual bar longer than its plan as an overrun', () => {
    const layout = layoutChart(
      chart(
        [
          { label: 'Budget', values: [10, 13] },
          { label: 'Release', values: [10, 4] },
          { label: 'Unplanned', values: [null, 4] },
        ],
        true,
      ),
      640,
    );
    expect(layout.rows.map((r) => r.over)).toEqual([3, null, null]);
    expect(layout.rows[0]!.bars.map((b) => b.over)).toEqual([false, true]);
    expect(layout.rows[2]!.bars[0]).toMatchObject({ width: 0, text: '–' });
  });

  it('cleans labels of formatting and cuts long ones, keeping the full label for the table', () => {
    const long = `\x02bold\x02 ${'x'.repeat(40)}`;
    const [row] = layoutChart(chart([{ label: long, values: [1] }]), 640).rows;
    expect(row!.label).toHaveLength(22);
    expect(row!.label.endsWith('…')).toBe(true);
    expect(row!.fullLabel).toBe(`bold ${'x'.repeat(40)}`);
  });

  it('fits the labels and bars to the width it is given', () => {
    const rows = [{ label: 'a rather long topic title', values: [10] }];
    const narrow = layoutChart(chart(rows), 300);
    const wide = layoutChart(chart(rows), 800);
    expect(narrow.width).toBe(300);
    expect(narrow.rows[0]!.label.length).toBeLessThan(wide.rows[0]!.label.length);
    const bar = narrow.rows[0]!.bars[0]!;
    expect(bar.x + bar.width).toBeLessThanOrEqual(300 - 60);
    expect(layoutChart(chart(rows), 100).width).toBe(280);
  });

  it('sums the rows past thirty into one', () => {
    const rows = Array.from({ length: 35 }, (_, i) => ({ label: `n${i}`, values: [1] }));
    const layout = layoutChart(chart(rows), 640);
    expect(layout.rows).toHaveLength(30);
    expect(layout.rows[29]).toMatchObject({ label: '6 more', values: [6] });
  });
});

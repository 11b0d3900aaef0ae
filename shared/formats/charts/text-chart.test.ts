import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileText } from '../markdown/testing/hostile';
import type { BarChart } from './bar-chart';
import { cellWidth, markdownBarChart, textBarChart } from './text-chart';

const people: BarChart = {
  title: 'Lines said per person',
  series: ['lines'],
  unit: 'lines',
  rows: [
    { label: 'bcotton', values: [136] },
    { label: 'sysoplab', values: [52] },
    { label: 'misc', values: [0] },
  ],
};

describe('textBarChart', () => {
  it('draws bars in eighths, scaled to the largest value', () => {
    expect(textBarChart(people, 20)).toBe(
      [
        'Lines said per person (lines)',
        'bcotton   ████████████████████ 136',
        'sysoplab  ███████▋ 52',
        'misc      0',
        '',
      ].join('\n'),
    );
  });

  it('puts planned and actual under each other, and marks missing values', () => {
    const topics: BarChart = {
      title: 'Topic time, planned and actual',
      series: ['planned', 'actual'],
      unit: 'min',
      rows: [
        { label: 'Roll call', values: [5, 3.4] },
        { label: 'Budget', values: [10, null] },
      ],
    };
    expect(textBarChart(topics, 10)).toBe(
      [
        'Topic time, planned and actual (min)',
        'Roll call  planned █████ 5',
        '           actual  ███▍ 3.4',
        'Budget     planned ██████████ 10',
        '           actual  –',
        '',
      ].join('\n'),
    );
  });

  it('aligns labels by display width', () => {
    const chart: BarChart = {
      ...people,
      rows: [
        { label: '会議', values: [1] },
        { label: 'ab', values: [1] },
      ],
    };
    const [, a, b] = textBarChart(chart, 4).split('\n');
    expect(cellWidth(a!.slice(0, a!.indexOf('█')))).toBe(cellWidth(b!.slice(0, b!.indexOf('█'))));
  });

  it('keeps every row on its own line whatever the labels hold', () => {
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 1, maxLength: 6 }), (labels) => {
        const chart: BarChart = {
          ...people,
          rows: labels.map((label, i) => ({ label, values: [i] })),
        };
        const lines = textBarChart(chart).split('\n');
        expect(lines).toHaveLength(labels.length + 2);
        for (const line of lines)
          expect(line).not.toMatch(/[\r\u2028\u2029\u202a-\u202e\x00-\x08\x0b-\x1f]/);
      }),
    );
  });
});

describe('markdownBarChart', () => {
  it('fences the chart with more backticks than any label holds', () => {
    const chart: BarChart = { ...people, rows: [{ label: 'a ``` b ````', values: [1] }] };
    const md = markdownBarChart(chart);
    expect(md.startsWith('`````text\n')).toBe(true);
    expect(md.endsWith('\n`````\n')).toBe(true);
  });
});

import { escapeMarkup } from '../text/html-escape';
import { chartLabel, drawable, formatValue, largest, limitRows, type BarChart } from './bar-chart';

const WIDTH = 640;
const LABEL_END = 170;
const BAR_X = 178;
const BAR_MAX = WIDTH - BAR_X - 56;
const COLOURS = ['#3b6ea8', '#d08a2c'];
const LABEL_CHARS = 26;

/** A number for an attribute: finite, at most one decimal. */
const n = (v: number): string => String(Number.isFinite(v) ? Math.round(v * 10) / 10 : 0);
/** Text for an element's content: cleaned as a label, then `& < >` escaped. */
const text = (s: string, max = 200): string => escapeMarkup(chartLabel(s, max));

function legend(chart: BarChart, y: number): string[] {
  return chart.series.flatMap((name, i) => [
    `<rect x="${n(BAR_X + i * 110)}" y="${n(y - 9)}" width="10" height="10" fill="${COLOURS[i % 2]}"/>`,
    `<text x="${n(BAR_X + i * 110 + 14)}" y="${n(y)}">${text(name, 14)}</text>`,
  ]);
}

/**
 * A bar chart as a standalone SVG string of fixed geometry (640 px wide, a row per label, at
 * most 30 rows): `role="img"` with a `<title>` and a `<desc>` listing the values, so screen
 * readers can tell it. Everything that came from a meeting is element text, cleaned and
 * escaped; attributes are numbers and constants only.
 */
export function svgBarChart(chart: BarChart): string {
  const rows = limitRows(chart.rows);
  const pair = chart.series.length > 1;
  const rowHeight = pair ? 30 : 22;
  const barHeight = pair ? 11 : 14;
  const top = pair ? 56 : 36;
  const height = top + rows.length * rowHeight + 8;
  const scale = BAR_MAX / largest(rows);
  const summary = rows
    .map((r) => {
      const values = chart.series.map(
        (name, i) => `${pair ? `${name} ` : ''}${formatValue(drawable(r.values[i]))}`,
      );
      return `${chartLabel(r.label, 60)}${pair ? ':' : ''} ${values.join(', ')}`;
    })
    .join('; ');
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${n(height)}" viewBox="0 0 ${WIDTH} ${n(height)}" role="img" font-family="sans-serif" font-size="12">`,
    `<title>${text(chart.title)}</title>`,
    `<desc>${text(`${chart.title} (${chart.unit}): ${summary}`, 4000)}</desc>`,
    `<text x="8" y="20" font-size="14" font-weight="bold">${text(`${chart.title} (${chart.unit})`)}</text>`,
    ...(pair ? legend(chart, 40) : []),
  ];
  rows.forEach((row, r) => {
    const y = top + r * rowHeight;
    out.push(
      `<text x="${LABEL_END}" y="${n(y + rowHeight / 2 + 4)}" text-anchor="end">${text(row.label, LABEL_CHARS)}</text>`,
    );
    chart.series.forEach((_, i) => {
      const value = drawable(row.values[i]);
      const barY = y + 4 + i * (barHeight + 2);
      const width = value === null ? 0 : Math.max(value > 0 ? 1 : 0, value * scale);
      if (width > 0)
        out.push(
          `<rect x="${BAR_X}" y="${n(barY)}" width="${n(width)}" height="${barHeight}" fill="${COLOURS[i % 2]}"/>`,
        );
      out.push(
        `<text x="${n(BAR_X + width + 4)}" y="${n(barY + barHeight - 2)}" font-size="10">${text(formatValue(value))}</text>`,
      );
    });
  });
  out.push('</svg>');
  return out.join('\n');
}

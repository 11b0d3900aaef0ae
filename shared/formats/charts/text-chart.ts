import { chartLabel, drawable, formatValue, largest, limitRows, type BarChart } from './bar-chart';

const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
const LABEL_CHARS = 20;
// Characters a terminal or a monospace font draws two cells wide (CJK, Hangul, full-width forms).
const WIDE_RE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
const ZERO_WIDTH_RE = /[\p{Mn}\p{Me}\u200b-\u200f]/u;

/** How many monospace cells `s` takes. */
export function cellWidth(s: string): number {
  let width = 0;
  for (const ch of s) width += ZERO_WIDTH_RE.test(ch) ? 0 : WIDE_RE.test(ch) ? 2 : 1;
  return width;
}

function bar(value: number | null, scale: number): string {
  if (value === null) return '';
  const eighths = Math.round(value * scale * 8);
  const text = '█'.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
  return text === '' && value > 0 ? '▏' : text;
}

/**
 * A bar chart as plain text for monospace display (`bcotton   ████████████ 136`): the title
 * with its unit, then a line per row, or one per series of each row (`planned`/`actual`).
 * Labels are cleaned and cut to 20 characters; bars are at most `width` cells, in eighths.
 */
export function textBarChart(chart: BarChart, width = 40): string {
  const rows = limitRows(chart.rows);
  const labels = rows.map((r) => chartLabel(r.label, LABEL_CHARS));
  const labelWidth = Math.max(0, ...labels.map(cellWidth));
  const names = chart.series.map((s) => chartLabel(s, 10));
  const nameWidth = chart.series.length > 1 ? Math.max(...names.map(cellWidth)) : 0;
  const scale = width / largest(rows);
  const lines = [chartLabel(`${chart.title} (${chart.unit})`, 120)];
  rows.forEach((row, r) => {
    names.forEach((name, i) => {
      const value = drawable(row.values[i]);
      const label = i === 0 ? labels[r]! : '';
      const series = nameWidth > 0 ? `${name}${' '.repeat(nameWidth - cellWidth(name))} ` : '';
      const drawn = bar(value, scale);
      lines.push(
        `${label}${' '.repeat(labelWidth - cellWidth(label))}  ${series}${drawn}${drawn ? ' ' : ''}${formatValue(value)}`,
      );
    });
  });
  return lines.join('\n') + '\n';
}

/** The text chart as a Markdown code block, fenced with more backticks than any label holds. */
export function markdownBarChart(chart: BarChart, width = 40): string {
  const body = textBarChart(chart, width);
  const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}text\n${body}${fence}\n`;
}

import {
  chartLabel,
  drawable,
  formatValue,
  largest,
  limitRows,
} from '../../../../shared/formats/charts/bar-chart';
import { overrun, type ViewChart } from './view-charts';

/** The narrowest a chart is laid out; a narrower box scales it down. */
export const MIN_CHART_WIDTH = 280;
// Room right of the longest bar for its value and an overrun ("12.5 (+2.5)").
const VALUE_ROOM = 64;
// An average character of the 12px labels, generously (6.5 px let "image pruning …" spill out).
const LABEL_CHAR_PX = 7.5;

/** One bar: where it is drawn, its value's text, and whether it shows an overrun. */
export interface BarBox {
  series: number;
  x: number;
  y: number;
  width: number;
  height: number;
  text: string;
  over: boolean;
}

/** One row of the drawing: its label (cut to fit), where it sits, its bars. */
export interface RowBox {
  label: string;
  /** The full label, for the table and the tooltip. */
  fullLabel: string;
  y: number;
  textY: number;
  bars: BarBox[];
  /** Minutes (or whatever the unit) over plan, or null. */
  over: number | null;
  values: (number | null)[];
}

/** Where everything of a chart is drawn. */
export interface ChartLayout {
  width: number;
  height: number;
  labelX: number;
  rows: RowBox[];
}

/**
 * Lays a chart out `width` px wide as the exported SVG charts do: a row per label (at most 30,
 * the rest summed into one), bars scaled to the largest value, one bar per series. Labels take
 * about a quarter of the width, cleaned of IRC formatting and control characters and cut to
 * fit; an actual bar longer than its planned one is marked over.
 */
export function layoutChart(chart: ViewChart, width: number): ChartLayout {
  const total = Math.max(MIN_CHART_WIDTH, Math.round(width));
  const labelEnd = Math.round(Math.min(170, total * 0.28));
  const barX = labelEnd + 8;
  const barMax = total - barX - VALUE_ROOM;
  const labelChars = Math.max(8, Math.floor(labelEnd / LABEL_CHAR_PX));
  const rows = limitRows(chart.rows);
  const pair = chart.series.length > 1;
  const rowHeight = pair ? 30 : 22;
  const barHeight = pair ? 11 : 14;
  const top = 8;
  const scale = barMax / largest(rows);
  return {
    width: total,
    height: top + rows.length * rowHeight + 8,
    labelX: labelEnd,
    rows: rows.map((row, r) => {
      const y = top + r * rowHeight;
      const values = chart.series.map((_, i) => drawable(row.values[i]));
      const over = overrun(chart, values);
      return {
        label: chartLabel(row.label, labelChars),
        fullLabel: chartLabel(row.label, 200),
        y,
        textY: y + rowHeight / 2 + 4,
        over,
        values,
        bars: values.map((value, i) => {
          const width = value === null ? 0 : Math.max(value > 0 ? 1 : 0, value * scale);
          return {
            series: i,
            x: barX,
            y: y + 4 + i * (barHeight + 2),
            width: Math.round(width * 10) / 10,
            height: barHeight,
            text: formatValue(value),
            over: over !== null && i === 1,
          };
        }),
      };
    }),
  };
}

import { stripControls } from '../text/sanitize';

/** One row of a bar chart: its label and a value per series (null: nothing to show). */
export interface BarRow {
  label: string;
  values: readonly (number | null)[];
}

/** A horizontal bar chart, whatever draws it: one series, or two side by side per row. */
export interface BarChart {
  title: string;
  /** Series names, e.g. `['lines']` or `['planned', 'actual']`. */
  series: readonly string[];
  /** What the values count, e.g. `lines` or `min`. */
  unit: string;
  rows: readonly BarRow[];
}

/** Rows a chart shows before the rest are summed into one "N more" row. */
export const MAX_ROWS = 30;
const NONCHARACTERS_RE = /[\ufffe\uffff]/g;

/** A value worth drawing: finite and not negative, else null. */
export function drawable(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

/** A value as a chart prints it: whole numbers as they are, small fractions to one decimal. */
export function formatValue(value: number | null): string {
  if (value === null) return '–';
  if (Number.isInteger(value)) return String(value);
  return value < 10 ? value.toFixed(1) : String(Math.round(value));
}

/**
 * A label safe for any chart: IRC formatting, control and bidi-override characters removed,
 * spacing collapsed, cut to `max` characters with an ellipsis.
 */
export function chartLabel(text: string, max: number): string {
  const clean = stripControls(text.replace(/[\t\n\r\u2028\u2029]+/g, ' '))
    .replace(NONCHARACTERS_RE, '')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = Array.from(clean);
  if (chars.length === 0) return '—';
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : clean;
}

/** The chart's rows, the ones past `max` summed into a last row saying how many there were. */
export function limitRows(rows: readonly BarRow[], max: number = MAX_ROWS): BarRow[] {
  if (rows.length <= max) return [...rows];
  const kept = rows.slice(0, max - 1);
  const rest = rows.slice(max - 1);
  const width = Math.max(...rest.map((r) => r.values.length));
  const sums = Array.from({ length: width }, (_, i) =>
    rest.reduce((sum, r) => sum + (drawable(r.values[i]) ?? 0), 0),
  );
  return [...kept, { label: `${rest.length} more`, values: sums }];
}

/** The largest drawable value in the rows (1 when there is none, so scales never divide by 0). */
export function largest(rows: readonly BarRow[]): number {
  let max = 0;
  for (const r of rows) for (const v of r.values) max = Math.max(max, drawable(v) ?? 0);
  return max > 0 ? max : 1;
}

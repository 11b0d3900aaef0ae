import type { ChartLayout } from './chart-layout';
import type { ViewChart } from './view-charts';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A chart's numbers as a table, for screen readers (the drawing itself is hidden from them):
 * one row per bar row, a column per series, and for a compared chart how far it ran over plan.
 */
export function ChartTable({ chart, layout }: { chart: ViewChart; layout: ChartLayout }) {
  return (
    <table className="visually-hidden">
      <caption>{chart.title}</caption>
      <thead>
        <tr>
          <th scope="col">{chart.category}</th>
          {chart.series.map((name) => (
            <th key={name} scope="col">
              {capital(name)} ({chart.unit})
            </th>
          ))}
          {chart.compare && <th scope="col">Over plan ({chart.unit})</th>}
        </tr>
      </thead>
      <tbody>
        {layout.rows.map((row, r) => (
          <tr key={r}>
            <th scope="row">{row.fullLabel}</th>
            {row.bars.map((bar) => (
              <td key={bar.series}>{bar.text}</td>
            ))}
            {chart.compare && <td>{row.over === null ? '–' : row.over}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { useId, useRef } from 'react';
import { useElementSize } from '../transcript/use-element-size';
import { layoutChart } from './chart-layout';
import { ChartTable } from './ChartTable';
import type { ViewChart } from './view-charts';

// Before the figure is measured (and where nothing is laid out).
const DEFAULT_WIDTH = 360;

/** What a chart figure shows: the chart, and what to say when it has no rows. */
export interface BarChartFigureProps {
  chart: ViewChart;
  empty: string;
}

/**
 * A horizontal bar chart drawn with React SVG elements (text from the meeting is only ever
 * element text), captioned by its title. The drawing is hidden from screen readers, which read
 * the same numbers from a visually hidden table. An actual bar past its plan is drawn in the
 * overrun colour and says by how much.
 */
export function BarChartFigure({ chart, empty }: BarChartFigureProps) {
  const captionId = useId();
  const ref = useRef<HTMLElement>(null);
  const box = useElementSize(ref);
  // Laid out at the figure's own width, so the labels keep their size in a narrow column.
  const layout = layoutChart(chart, box.width || DEFAULT_WIDTH);
  const hasRows = layout.rows.length > 0;
  return (
    <figure ref={ref} className="chart" aria-labelledby={captionId}>
      <figcaption id={captionId} className="chart-caption">
        {chart.title}
      </figcaption>
      {!hasRows && <p className="muted chart-empty">{empty}</p>}
      {hasRows && chart.series.length > 1 && (
        <ul className="chart-legend" aria-hidden="true">
          {chart.series.map((name, i) => (
            <li key={name}>
              <span className={`chart-swatch chart-bar-${i}`} /> {name} ({chart.unit})
            </li>
          ))}
          {chart.compare && (
            <li>
              <span className="chart-swatch chart-bar-over" /> over plan
            </li>
          )}
        </ul>
      )}
      {hasRows && (
        <svg
          className="chart-svg"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          aria-hidden="true"
          focusable="false"
        >
          {layout.rows.map((row, r) => (
            <g key={r}>
              <text className="chart-label" x={layout.labelX} y={row.textY} textAnchor="end">
                <title>{row.fullLabel}</title>
                {row.label}
              </text>
              {row.bars.map((bar) => (
                <g key={bar.series}>
                  {bar.width > 0 && (
                    <rect
                      className={`chart-bar chart-bar-${bar.series}${bar.over ? ' chart-bar-over' : ''}`}
                      x={bar.x}
                      y={bar.y}
                      width={bar.width}
                      height={bar.height}
                    />
                  )}
                  <text
                    className="chart-value"
                    x={bar.x + bar.width + 4}
                    y={bar.y + bar.height - 2}
                  >
                    {bar.over && row.over !== null ? `${bar.text} (+${row.over})` : bar.text}
                  </text>
                </g>
              ))}
            </g>
          ))}
        </svg>
      )}
      {hasRows && <ChartTable chart={chart} layout={layout} />}
    </figure>
  );
}

import { type ReactNode, useId, useState } from 'react';

export interface ChartSeries {
  label: string;
  /** One value per x position; null leaves a gap (not rated is not zero). */
  values: (number | null)[];
}

export interface ChartScale {
  min: number;
  max: number;
  /** The values marked on the y axis. */
  ticks: number[];
}

interface LineChartProps {
  title: string;
  /** Labels for the x positions, e.g. "Run 1": the rows of the table. */
  xLabels: string[];
  /** Shorter labels drawn under the axis, e.g. "23 Nov"; the position's number by default. */
  xTicks?: string[];
  /** The table's heading for the x labels. */
  xTitle?: string;
  first: ChartSeries;
  /** Optional: a chart of one series (mood) has no second line or legend. */
  second?: ChartSeries;
  /** The unit of the scale, for the spoken summary and the table. */
  unit?: '%' | '';
  scale?: ChartScale;
  /** How a gap is said in the summary and the table. */
  missing?: string;
}

const WIDTH = 320;
const HEIGHT = 150;
const PAD = { left: 30, right: 12, top: 10, bottom: 22 };
const PERCENT: ChartScale = { min: 0, max: 100, ticks: [0, 50, 100] };
/** Labels under the axis are thinned to about this many, so they never overlap on a phone. */
const MAX_X_TICKS = 7;
/** The most positions whose dots (8 across) still stand apart on the chart's width. */
const MAX_DOTS = Math.floor((WIDTH - PAD.left - PAD.right) / 8) + 1;

/**
 * One or two series in SVG drawn with theme colours, with a spoken summary and a table of the
 * same numbers for anyone who does not read charts.
 */
export function LineChart({
  title,
  xLabels,
  xTicks,
  xTitle = 'Run',
  first,
  second,
  unit = '',
  scale = PERCENT,
  missing = 'not rated',
}: LineChartProps) {
  const titleId = useId();
  const descId = useId();
  const series = second ? [first, second] : [first];
  const x = (index: number) =>
    xLabels.length === 1
      ? (PAD.left + WIDTH - PAD.right) / 2
      : PAD.left + (index * (WIDTH - PAD.left - PAD.right)) / (xLabels.length - 1);
  const y = (value: number) =>
    PAD.top + ((scale.max - value) * (HEIGHT - PAD.top - PAD.bottom)) / (scale.max - scale.min);
  const show = (value: number | null) => (value === null ? missing : `${value}${unit}`);
  const summary = series.map((line) => `${line.label}: ${line.values.map(show).join(', ')}.`).join(' ');
  // Keep the last label (the most recent) and every k-th before it.
  const every = Math.ceil(xLabels.length / MAX_X_TICKS);
  const showsTick = (index: number) => (xLabels.length - 1 - index) % every === 0;
  // Dots only where they stand apart: closer than a dot's width, they only thicken the line
  // (and 200 runs made 400 of them); a rated point with no rated neighbour always keeps its dot.
  const dotted = xLabels.length <= MAX_DOTS;

  return (
    <figure className="chart">
      <figcaption id={titleId} className="section-subtitle">
        {title}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={titleId} aria-describedby={descId}>
        <desc id={descId}>{summary}</desc>
        {scale.ticks.map((tick) => (
          <g key={tick}>
            <line className="chart__grid" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} />
            <text className="chart__axis-label" x={PAD.left - 6} y={y(tick) + 4} textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        {xLabels.map((label, index) =>
          showsTick(index) ? (
            <text key={label} className="chart__axis-label" x={x(index)} y={HEIGHT - 4} textAnchor="middle">
              {xTicks?.[index] ?? index + 1}
            </text>
          ) : null,
        )}
        {series.map((line, order) => {
          const which = order === 0 ? 'first' : 'second';
          return (
            <g key={which}>
              <path className={`chart__line chart__line--${which}`} d={pathOf(line.values, x, y)} />
              {line.values.map((value, index) =>
                value === null || !(dotted || alone(line.values, index)) ? null : (
                  <circle key={index} className={`chart__dot--${which}`} cx={x(index)} cy={y(value)} r={4} />
                ),
              )}
            </g>
          );
        })}
      </svg>
      {second ? (
        <ul className="chart__legend" aria-hidden="true">
          <li>
            <span className="chart__key" />
            {first.label}
          </li>
          <li>
            <span className="chart__key chart__key--second" />
            {second.label}
          </li>
        </ul>
      ) : null}
      <TableOnRequest title={title}>
        {() => (
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{xTitle}</th>
                  {series.map((line) => (
                    <th key={line.label} scope="col">
                      {line.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {xLabels.map((label, index) => (
                  <tr key={label}>
                    <th scope="row">{label}</th>
                    {series.map((line) => (
                      <td key={line.label}>{show(line.values[index] ?? null)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </TableOnRequest>
    </figure>
  );
}

/**
 * The table behind "Show as a table", drawn only once it is opened: a chart of 200 runs has a
 * 200-row table, and drawing every chart's table as the screen opened was most of a long task.
 */
function TableOnRequest({ title, children }: { title: string; children: () => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="details" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        Show as a table <span className="visually-hidden">: {title}</span>
      </summary>
      {open ? children() : null}
    </details>
  );
}

/** A rated point between two gaps (or the ends): the line has nothing to draw for it. */
function alone(values: (number | null)[], index: number): boolean {
  return (values[index - 1] ?? null) === null && (values[index + 1] ?? null) === null;
}

/** A line through the rated points; a gap where a run was not rated. */
function pathOf(values: (number | null)[], x: (index: number) => number, y: (value: number) => number): string {
  let path = '';
  let drawing = false;
  values.forEach((value, index) => {
    if (value === null) {
      drawing = false;
      return;
    }
    path += `${drawing ? 'L' : 'M'}${x(index).toFixed(1)} ${y(value).toFixed(1)} `;
    drawing = true;
  });
  return path.trim();
}

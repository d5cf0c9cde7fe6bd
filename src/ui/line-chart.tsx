import { useId } from 'react';

export interface ChartSeries {
  label: string;
  /** One value per x position; null leaves a gap (not rated is not zero). */
  values: (number | null)[];
}

interface LineChartProps {
  title: string;
  /** Labels for the x positions, e.g. "Run 1". */
  xLabels: string[];
  first: ChartSeries;
  second: ChartSeries;
  /** The unit of the 0-100 scale, for the spoken summary and the table. */
  unit?: '%' | '';
}

const WIDTH = 320;
const HEIGHT = 150;
const PAD = { left: 30, right: 12, top: 10, bottom: 22 };

/**
 * Two series on a 0-100 scale, in SVG drawn with theme colours, with a spoken summary and a
 * table of the same numbers for anyone who does not read charts.
 */
export function LineChart({ title, xLabels, first, second, unit = '' }: LineChartProps) {
  const titleId = useId();
  const descId = useId();
  const x = (index: number) =>
    xLabels.length === 1
      ? (PAD.left + WIDTH - PAD.right) / 2
      : PAD.left + (index * (WIDTH - PAD.left - PAD.right)) / (xLabels.length - 1);
  const y = (value: number) => PAD.top + ((100 - value) * (HEIGHT - PAD.top - PAD.bottom)) / 100;
  const show = (value: number | null) => (value === null ? 'not rated' : `${value}${unit}`);
  const summary = [first, second].map((series) => `${series.label}: ${series.values.map(show).join(', ')}.`).join(' ');

  return (
    <figure className="chart">
      <figcaption id={titleId} className="section-subtitle">
        {title}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={titleId} aria-describedby={descId}>
        <desc id={descId}>{summary}</desc>
        {[0, 50, 100].map((tick) => (
          <g key={tick}>
            <line className="chart__grid" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} />
            <text className="chart__axis-label" x={PAD.left - 6} y={y(tick) + 4} textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        {xLabels.map((label, index) => (
          <text key={label} className="chart__axis-label" x={x(index)} y={HEIGHT - 4} textAnchor="middle">
            {index + 1}
          </text>
        ))}
        {(['first', 'second'] as const).map((which) => {
          const series = which === 'first' ? first : second;
          return (
            <g key={which}>
              <path className={`chart__line chart__line--${which}`} d={pathOf(series.values, x, y)} />
              {series.values.map((value, index) =>
                value === null ? null : (
                  <circle key={index} className={`chart__dot--${which}`} cx={x(index)} cy={y(value)} r={4} />
                ),
              )}
            </g>
          );
        })}
      </svg>
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
      <details className="details">
        <summary>
          Show as a table <span className="visually-hidden">: {title}</span>
        </summary>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Run</th>
              <th scope="col">{first.label}</th>
              <th scope="col">{second.label}</th>
            </tr>
          </thead>
          <tbody>
            {xLabels.map((label, index) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{show(first.values[index] ?? null)}</td>
                <td>{show(second.values[index] ?? null)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
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

import type { RatingChange } from '../../../domain/insights/experiment-figures';
import { LineChart } from '../../../ui/line-chart';

interface RatingPairsChartProps {
  title: string;
  change: RatingChange;
  labels: [string, string];
  unit?: '%' | '';
}

/** The runs rated both ways, oldest first. One run is said in words alone: a chart of one point shows nothing. */
export function RatingPairsChart({ title, change, labels, unit = '' }: RatingPairsChartProps) {
  if (change.pairs.length < 2) return null;
  return (
    <LineChart
      title={title}
      xLabels={change.pairs.map((_, index) => `Run ${index + 1}`)}
      xTitle="Run, oldest first"
      first={{ label: labels[0], values: change.pairs.map((pair) => pair.first) }}
      second={{ label: labels[1], values: change.pairs.map((pair) => pair.second) }}
      unit={unit}
    />
  );
}

import { describeTally, hasAnyRating, predictionTally, runPoints } from '../../../domain/experiments/comparison';
import type { ExperimentRun } from '../../../domain/records';
import { LineChart } from '../../../ui/line-chart';

/** How belief and discomfort changed across runs, and how often the feared prediction came true. */
export function RunComparison({ runs }: { runs: ExperimentRun[] }) {
  const points = runPoints(runs);
  const tally = describeTally(predictionTally(runs));
  const xLabels = points.map((point) => `Run ${point.number}`);
  return (
    <div className="stack">
      {tally ? <p className="tally">{tally}</p> : null}
      {hasAnyRating(points) ? (
        <>
          <LineChart
            title="How strongly you believed it"
            unit="%"
            xLabels={xLabels}
            first={{ label: 'Before', values: points.map((point) => point.beliefBefore) }}
            second={{ label: 'After', values: points.map((point) => point.beliefAfter) }}
          />
          <LineChart
            title="How uncomfortable it felt"
            xLabels={xLabels}
            first={{ label: 'Before', values: points.map((point) => point.discomfortBefore) }}
            second={{ label: 'During', values: points.map((point) => point.discomfortDuring) }}
          />
        </>
      ) : null}
    </div>
  );
}

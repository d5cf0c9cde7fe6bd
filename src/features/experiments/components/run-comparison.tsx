import {
  describeTally,
  hasAnyBadRating,
  hasAnyRating,
  predictionTally,
  runPoints,
} from '../../../domain/experiments/comparison';
import { describeExpected } from '../../../domain/insights/describe-insights';
import { expectedVersusActual } from '../../../domain/insights/experiment-figures';
import type { ExperimentRun } from '../../../domain/records';
import { LineChart } from '../../../ui/line-chart';

/**
 * What this person's own runs show: how bad they expected it to be against how bad it was
 * when it happened, how often the feared prediction came true, and how belief and discomfort
 * moved. Their numbers only, never a promise.
 */
export function RunComparison({ runs }: { runs: ExperimentRun[] }) {
  const points = runPoints(runs);
  const tally = describeTally(predictionTally(runs));
  const xLabels = points.map((point) => `Run ${point.number}`);
  return (
    <div className="stack">
      <p className="tally">{describeExpected(expectedVersusActual(runs))}</p>
      {tally ? <p className="tally">{tally}</p> : null}
      {hasAnyBadRating(points) ? (
        <LineChart
          title="How bad you expected it to be, and how bad it was when it happened"
          xLabels={xLabels}
          first={{ label: 'Expected', values: points.map((point) => point.badExpected) }}
          second={{ label: 'When it happened', values: points.map((point) => point.badActual) }}
        />
      ) : null}
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

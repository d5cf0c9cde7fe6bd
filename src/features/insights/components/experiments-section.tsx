import './insights.css';
import { Link } from 'react-router';
import { describeTally } from '../../../domain/experiments/comparison';
import { describeBelief, describeDiscomfort, describeExpected } from '../../../domain/insights/describe-insights';
import type { AllExperimentFigures, ExperimentFigures } from '../../../domain/insights/experiment-figures';
import { paths } from '../../../ui/paths';
import { RatingPairsChart } from './rating-pairs-chart';

const runsOf = (count: number) => (count === 1 ? '1 run' : `${count} runs`);

/** What the experiments showed: all of them together, then each on its own. */
export function ExperimentsSection({ figures }: { figures: AllExperimentFigures }) {
  const { overall, perExperiment } = figures;
  return (
    <section aria-labelledby="insights-experiments" className="stack">
      <h2 id="insights-experiments" className="section-title">
        Experiments
      </h2>
      {overall.runs === 0 ? (
        <p>
          When you try an experiment, what you expected and what really happened will gather here.{' '}
          <Link to={paths.experiments()}>See the experiments</Link>
        </p>
      ) : (
        <>
          <p>
            You've started {runsOf(overall.runs)} of{' '}
            {perExperiment.length === 1 ? '1 experiment' : `${perExperiment.length} experiments`}.
          </p>
          <p className="tally">
            {describeTally(overall.prediction, 'Your feared prediction') ??
              'When you note whether your prediction came true, it will be counted here.'}
          </p>
          <p>{describeExpected(overall.expected)}</p>
          <RatingPairsChart
            title="How bad you expected it to be, and how bad it was when it happened"
            change={overall.expected.whenItHappened}
            labels={['Expected', 'When it happened']}
          />
          <p>{describeBelief(overall.belief)}</p>
          <RatingPairsChart
            title="How strongly you believed it, before and after each run"
            change={overall.belief}
            labels={['Before', 'After']}
            unit="%"
          />
          <p>{describeDiscomfort(overall.discomfort)}</p>
          <RatingPairsChart
            title="How uncomfortable it felt, before and during each run"
            change={overall.discomfort}
            labels={['Before', 'During']}
          />
          <h3 className="section-subtitle">Each experiment</h3>
          <ul className="card-list">
            {perExperiment.map((experiment) => (
              <EachExperiment key={experiment.experimentId} experiment={experiment} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function EachExperiment({ experiment }: { experiment: ExperimentFigures }) {
  const tally = describeTally(experiment.prediction);
  return (
    <li className="card insights__experiment">
      <h4 className="card__title">{experiment.title}</h4>
      <p className="card__meta">{runsOf(experiment.runs)}</p>
      {tally ? <p>{tally}</p> : null}
      {experiment.expected.runs > 0 ? <p>{describeExpected(experiment.expected)}</p> : null}
      {experiment.belief.runs > 0 ? <p>{describeBelief(experiment.belief)}</p> : null}
      {experiment.discomfort.runs > 0 ? <p>{describeDiscomfort(experiment.discomfort)}</p> : null}
      <p>
        <Link to={paths.experiment(experiment.experimentId)}>
          Its runs, one by one<span className="visually-hidden">: {experiment.title}</span>
        </Link>
      </p>
    </li>
  );
}

import './experiments.css';
import { Link } from 'react-router';
import type { Experiment } from '../../../domain/packs/pack-schema';
import { paths } from '../../../ui/paths';
import { useExperimentRuns } from '../hooks/use-runs';
import { ExampleRun } from './example-run';
import { ExperimentRuns } from './experiment-runs';

/** One experiment: why it matters, the belief, the act and its variations, and your runs. */
export function ExperimentDetail({ experiment }: { experiment: Experiment }) {
  const runs = useExperimentRuns(experiment.id);
  return (
    <div className="stack">
      <StartRun experimentId={experiment.id} hasRuns={(runs?.length ?? 0) > 0} />
      {/* Someone coming back sees their progress first; someone new sees what it is about. */}
      {runs && runs.length > 0 ? <ExperimentRuns experimentId={experiment.id} runs={runs} /> : null}
      <section aria-labelledby="belief-heading">
        <h2 id="belief-heading" className="section-title">
          The belief it tests
        </h2>
        <blockquote className="belief">{experiment.belief}</blockquote>
      </section>
      <section aria-labelledby="why-heading">
        <h2 id="why-heading" className="section-title">
          Why try it
        </h2>
        <p>{experiment.why}</p>
      </section>
      <section aria-labelledby="act-heading">
        <h2 id="act-heading" className="section-title">
          The experiment
        </h2>
        <p>{experiment.act}</p>
        <dl className="variations">
          <dt>Gentler</dt>
          <dd>{experiment.easier}</dd>
          <dt>A step further</dt>
          <dd>{experiment.harder}</dd>
        </dl>
      </section>
      <section aria-labelledby="prediction-heading">
        <h2 id="prediction-heading" className="section-title">
          A prediction you might make
        </h2>
        <p className="example">{experiment.examplePrediction}</p>
      </section>
      {experiment.safetyNote ? (
        <aside className="safety" aria-label="Keep it safe">
          <strong>Keep it safe. </strong>
          {experiment.safetyNote}
        </aside>
      ) : null}
      <ExampleRun experiment={experiment} />
      {runs && runs.length > 0 ? null : <ExperimentRuns experimentId={experiment.id} runs={runs} />}
    </div>
  );
}

function StartRun({ experimentId, hasRuns }: { experimentId: string; hasRuns: boolean }) {
  return (
    <p>
      <Link className="button" to={paths.newRun(experimentId)}>
        {hasRuns ? 'Run it again' : 'Try this experiment'}
      </Link>
    </p>
  );
}

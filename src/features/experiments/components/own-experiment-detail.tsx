import './experiments.css';
import { Link } from 'react-router';
import { paths } from '../../../ui/paths';
import { useExperimentRuns } from '../hooks/use-runs';
import { OWN_EXPERIMENT } from '../own-experiment';
import { ExperimentRuns } from './experiment-runs';

/** "Design your own experiment": what it is, the way to start one, and the ones already run. */
export function OwnExperimentDetail() {
  const runs = useExperimentRuns(OWN_EXPERIMENT.id);
  return (
    <div className="stack">
      <p>{OWN_EXPERIMENT.why}</p>
      <p>{OWN_EXPERIMENT.act}</p>
      <p>
        <Link className="button" to={paths.newRun(OWN_EXPERIMENT.id)}>
          Design one
        </Link>
      </p>
      <aside className="safety" aria-label="Keep it safe">
        <strong>Keep it safe. </strong>
        {OWN_EXPERIMENT.safetyNote}
      </aside>
      <ExperimentRuns experimentId={OWN_EXPERIMENT.id} runs={runs} showBelief />
    </div>
  );
}

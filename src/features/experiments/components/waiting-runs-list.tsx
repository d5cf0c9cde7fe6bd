import { Link } from 'react-router';
import { friendlyPlanDate } from '../../../domain/experiments/plan-date';
import type { ExperimentRun } from '../../../domain/records';
import { paths } from '../../../ui/paths';

/** The planned runs' cards: their friendly dates need date-fns, which Today doesn't load otherwise. */
export function WaitingRunsList({ runs, now }: { runs: ExperimentRun[]; now: Date }) {
  return (
    <ul className="card-list">
      {runs.map((run) => (
        <li key={run.id}>
          <Link className="card" to={paths.run(run.experimentId, run.id)}>
            <span className="card__meta">{friendlyPlanDate(run, now)}</span>
            <span className="card__title">{run.experimentTitle || 'An experiment'}</span>
            {run.planWhat ? (
              <span dir="auto" className="card__text entry-text--preview">
                {run.planWhat}
              </span>
            ) : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}

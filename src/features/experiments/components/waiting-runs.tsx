import { Link } from 'react-router';
import { friendlyPlanDate } from '../../../domain/experiments/plan-date';
import { paths } from '../../../ui/paths';
import { usePlannedRuns } from '../hooks/use-runs';

/** Planned runs not yet finished, oldest first, so the person can come back and close the loop. */
export function WaitingRuns({ now }: { now: Date }) {
  const runs = usePlannedRuns();
  if (!runs || runs.length === 0) return null;
  return (
    <section aria-labelledby="waiting-heading">
      <h2 id="waiting-heading" className="section-title">
        Waiting for you
      </h2>
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
    </section>
  );
}

import { format } from 'date-fns';
import { Link } from 'react-router';
import { dayToDate } from '../../../domain/dates';
import type { ExperimentRun } from '../../../domain/records';
import { paths } from '../../../ui/paths';
import { RunComparison } from './run-comparison';

const rated = (value: number | null, unit = '') => (value === null ? 'not rated' : `${value}${unit}`);

/** This person's runs of one experiment, newest first, with how they compare. */
interface ExperimentRunsProps {
  experimentId: string;
  runs: ExperimentRun[] | undefined;
  /** For experiments of one's own, where each run tests its own belief: show it on the card. */
  showBelief?: boolean;
}

export function ExperimentRuns({ experimentId, runs, showBelief = false }: ExperimentRunsProps) {
  return (
    <section aria-labelledby="runs-heading" className="stack">
      <h2 id="runs-heading" className="section-title">
        Your runs
      </h2>
      {runs === undefined ? null : runs.length === 0 ? (
        <p className="quiet">You haven't tried this one yet. There's no hurry.</p>
      ) : (
        <>
          <RunComparison runs={runs} />
          <ul className="card-list">
            {[...runs].reverse().map((run, index) => (
              <li key={run.id}>
                <Link className="card" to={paths.run(experimentId, run.id)}>
                  <span className="card__meta">
                    Run {runs.length - index} · {format(dayToDate(run.day), 'd MMMM yyyy')}
                  </span>
                  <span className="card__title">{run.status === 'done' ? 'Done' : 'Planned, waiting for you'}</span>
                  {showBelief && run.belief.trim() ? (
                    <span className="card__text" dir="auto">
                      {run.belief}
                    </span>
                  ) : null}
                  <span className="card__text">
                    Belief {rated(run.beliefBefore, '%')} before, {rated(run.beliefAfter, '%')} after
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

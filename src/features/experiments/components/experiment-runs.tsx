import { format } from 'date-fns';
import { dayToDate } from '../../../domain/dates';
import { useExperimentRuns } from '../hooks/use-experiment-runs';

/** This person's own runs of an experiment, with where each one stands. */
export function ExperimentRuns({ experimentId }: { experimentId: string }) {
  const runs = useExperimentRuns(experimentId);
  return (
    <section aria-labelledby="runs-heading">
      <h2 id="runs-heading" className="section-title">
        Your runs
      </h2>
      {runs === undefined ? null : runs.length === 0 ? (
        <p className="quiet">You haven't tried this one yet. There's no hurry.</p>
      ) : (
        <ul className="plain-list">
          {runs.map((run) => (
            <li key={run.id}>
              {format(dayToDate(run.day), 'd MMMM yyyy')}: {run.status === 'done' ? 'done' : 'planned'}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

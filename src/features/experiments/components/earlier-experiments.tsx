import { Link } from 'react-router';
import type { Pack } from '../../../domain/packs/pack-schema';
import { paths } from '../../../ui/paths';
import { useAllRuns } from '../hooks/use-runs';
import { isOwnExperiment } from '../own-experiment';

/**
 * Runs of experiments that no pack has any more (removed or renamed): never hidden, listed
 * under the title they had when they were run.
 */
export function EarlierExperiments({ packs }: { packs: Pack[] }) {
  const runs = useAllRuns();
  const known = new Set(packs.flatMap((pack) => pack.experiments.map((experiment) => experiment.id)));
  const orphans = new Map<string, { title: string; count: number }>();
  for (const run of runs ?? []) {
    if (known.has(run.experimentId) || isOwnExperiment(run.experimentId)) continue;
    const entry = orphans.get(run.experimentId) ?? { title: run.experimentTitle || run.experimentId, count: 0 };
    entry.count += 1;
    orphans.set(run.experimentId, entry);
  }
  if (orphans.size === 0) return null;
  return (
    <section aria-labelledby="earlier-heading">
      <h2 id="earlier-heading" className="section-title">
        Earlier experiments
      </h2>
      <p className="quiet">These are no longer in the guided pack, but your runs of them are all here.</p>
      <ul className="card-list">
        {[...orphans].map(([experimentId, { title, count }]) => (
          <li key={experimentId}>
            <Link className="card" to={paths.experiment(experimentId)}>
              <span className="card__title">{title}</span>
              <span className="card__text">{count === 1 ? '1 run' : `${count} runs`}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { Link } from 'react-router';
import { byDifficulty, difficultyWords } from '../../../domain/packs/difficulty';
import type { Pack } from '../../../domain/packs/pack-schema';
import { paths } from '../../../ui/paths';
import { OWN_EXPERIMENT } from '../own-experiment';

/** Every experiment of every pack, gentlest first. Nothing is locked: any one can be opened first. */
export function ExperimentList({ packs }: { packs: Pack[] }) {
  return (
    <>
      <p className="lead">
        Each experiment tests one belief with one small, safe act. They go from gentlest to bravest. Start with
        whichever one feels possible today.
      </p>
      {packs.map((pack) => (
        <section key={pack.id} aria-labelledby={`pack-${pack.id}-experiments`}>
          <h2 id={`pack-${pack.id}-experiments`} className="section-title">
            {pack.title}
          </h2>
          <p>
            <Link to={paths.aboutPack(pack.id)}>
              About this pack<span className="visually-hidden">: {pack.title}</span>
            </Link>
          </p>
          <ul className="card-list">
            {byDifficulty(pack.experiments).map((experiment) => (
              <li key={experiment.id}>
                <Link className="card" to={paths.experiment(experiment.id)}>
                  <span className="card__meta">{difficultyWords(experiment)}</span>
                  <span className="card__title">{experiment.title}</span>
                  <span className="card__text">{experiment.belief}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <section aria-labelledby="own-experiments">
        <h2 id="own-experiments" className="section-title">
          Your own
        </h2>
        <ul className="card-list">
          <li>
            <Link className="card" to={paths.experiment(OWN_EXPERIMENT.id)}>
              <span className="card__title">Design your own experiment</span>
              <span className="card__text">Test a rule of your own, with an act you choose.</span>
            </Link>
          </li>
        </ul>
      </section>
    </>
  );
}

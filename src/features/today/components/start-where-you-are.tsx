import { Link } from 'react-router';
import { dayOfYear } from '../../../domain/dates';
import { gentlestUntried } from '../../../domain/packs/difficulty';
import type { Pack } from '../../../domain/packs/pack-schema';
import { paths } from '../../../ui/paths';

interface StartWhereYouAreProps {
  pack: Pack;
  now: Date;
  /** Experiments already started; undefined while the journal is being read. */
  tried: ReadonlySet<string> | undefined;
}

/**
 * A gentle suggestion for today, never a task list: a question that changes with the day, and
 * the gentlest experiment not yet tried.
 */
export function StartWhereYouAre({ pack, now, tried }: StartWhereYouAreProps) {
  const day = dayOfYear(now);
  const suggestion = tried ? gentlestUntried(pack.experiments, tried) : null;
  const question = pack.questions[day % pack.questions.length];
  return (
    <section aria-labelledby="start-heading" className="stack">
      <h2 id="start-heading" className="section-title">
        Start where you are
      </h2>
      <p>{pack.intro[0]}</p>
      <p>
        <Link to={paths.aboutPack(pack.id)}>
          More about this pack<span className="visually-hidden">: {pack.title}</span>
        </Link>
      </p>
      <ul className="card-list">
        {question ? (
          <li>
            <Link className="card" to={paths.question(question.id)}>
              <span className="card__meta">A question to sit with</span>
              <span className="card__title">{question.text}</span>
            </Link>
          </li>
        ) : null}
        {suggestion ? (
          <li>
            <Link className="card" to={paths.experiment(suggestion.experiment.id)}>
              <span className="card__meta">
                {suggestion.untried ? 'The gentlest experiment you haven’t tried' : 'An experiment to try again'}
              </span>
              <span className="card__title">{suggestion.experiment.title}</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </section>
  );
}

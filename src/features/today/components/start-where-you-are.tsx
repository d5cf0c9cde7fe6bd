import { getDayOfYear } from 'date-fns';
import { Link } from 'react-router';
import type { Pack } from '../../../domain/packs/pack-schema';

/** A gentle suggestion for today, different each day, never a task list. */
export function StartWhereYouAre({ pack, now }: { pack: Pack; now: Date }) {
  const day = getDayOfYear(now);
  const experiment = pack.experiments[day % pack.experiments.length];
  const question = pack.questions[day % pack.questions.length];
  return (
    <section aria-labelledby="start-heading" className="stack">
      <h2 id="start-heading" className="section-title">
        Start where you are
      </h2>
      <p>{pack.intro[0]}</p>
      <ul className="card-list">
        {question ? (
          <li>
            <Link className="card" to={`/questions/${question.id}`}>
              <span className="card__meta">A question to sit with</span>
              <span className="card__title">{question.text}</span>
            </Link>
          </li>
        ) : null}
        {experiment ? (
          <li>
            <Link className="card" to={`/experiments/${experiment.id}`}>
              <span className="card__meta">A small experiment</span>
              <span className="card__title">{experiment.title}</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </section>
  );
}

import { Link } from 'react-router';
import type { Pack } from '../../../domain/packs/pack-schema';
import { paths } from '../../../ui/paths';
import { SessionLink } from './session-link';

/** The journaling questions of every pack, each one a door of its own. */
export function QuestionList({ packs }: { packs: Pack[] }) {
  return (
    <>
      {packs.map((pack) => (
        <section key={pack.id} aria-labelledby={`pack-${pack.id}-questions`}>
          <h2 id={`pack-${pack.id}-questions`} className="section-title">
            {pack.title}
          </h2>
          <p>
            <Link to={paths.aboutPack(pack.id)}>
              About this pack<span className="visually-hidden">: {pack.title}</span>
            </Link>
          </p>
          <p className="lead">{pack.session.intro}</p>
          <SessionLink pack={pack} />
          <ol className="card-list">
            {pack.questions.map((question) => (
              <li key={question.id}>
                <Link className="card" to={paths.question(question.id)}>
                  <span className="card__title">{question.text}</span>
                </Link>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}

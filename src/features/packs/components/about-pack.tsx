import { Link } from 'react-router';
import type { Pack } from '../../../domain/packs/pack-schema';
import { paths } from '../../../ui/paths';

/** A pack's own introduction, its short lessons, and the two ways in. */
export function AboutPack({ pack }: { pack: Pack }) {
  const lessons = pack.lessons ?? [];
  return (
    <div className="stack">
      <div className="prose">
        {pack.intro.map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
      {lessons.length > 0 ? (
        <section aria-labelledby="lessons-heading">
          <h2 id="lessons-heading" className="section-title">
            {lessons.length === 1 ? 'A short lesson' : `${lessons.length} short lessons`}
          </h2>
          <ol className="card-list">
            {lessons.map((lesson) => (
              <li key={lesson.id}>
                <Link className="card" to={paths.lesson(pack.id, lesson.id)}>
                  <span className="card__title">{lesson.title}</span>
                </Link>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <section aria-labelledby="ways-in-heading">
        <h2 id="ways-in-heading" className="section-title">
          Two ways in
        </h2>
        <p className="actions">
          <Link className="button" to={paths.experiments()}>
            The experiments
          </Link>
          <Link className="button button--quiet" to={paths.questions()}>
            The questions
          </Link>
        </p>
      </section>
    </div>
  );
}

/** One lesson on one screen, with the way to the next. */
export function PackLesson({ pack, lessonId }: { pack: Pack; lessonId: string }) {
  const lessons = pack.lessons ?? [];
  const index = lessons.findIndex((lesson) => lesson.id === lessonId);
  const lesson = lessons[index];
  const next = lessons[index + 1];
  if (!lesson) return null;
  return (
    <div className="stack">
      <div className="prose">
        {lesson.paragraphs.map((paragraph, at) => (
          <p key={at}>{paragraph}</p>
        ))}
      </div>
      <p className="actions">
        {next ? (
          <Link className="button" to={paths.lesson(pack.id, next.id)}>
            Next: {next.title}
          </Link>
        ) : (
          <Link className="button" to={paths.experiments()}>
            See the experiments
          </Link>
        )}
        <Link className="button button--quiet" to={paths.aboutPack(pack.id)}>
          About this pack
        </Link>
      </p>
    </div>
  );
}

import type { Question } from '../../../domain/packs/pack-schema';
import { useAnswers } from '../hooks/use-answers';

/** One question, its hint, and every answer written to it so far. */
export function QuestionDetail({ question }: { question: Question }) {
  const answers = useAnswers(question.id);
  return (
    <div className="stack">
      <p className="hint">{question.hint}</p>
      <section aria-labelledby="answers-heading">
        <h2 id="answers-heading" className="section-title">
          Your answers
        </h2>
        {answers === undefined ? null : answers.length === 0 ? (
          <p className="quiet">Nothing written here yet. Any answer, or none, is fine.</p>
        ) : (
          <ul className="plain-list">
            {answers.map((answer) => (
              <li key={answer.id} dir="auto" className="entry-text">
                {answer.text}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
